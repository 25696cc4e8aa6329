package nl.samenduurzaam.portal.idea.boundary;

import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;

import java.io.Serializable;
import java.util.List;

/**
 * Everything about one idea: texts, themes, origin, organisations, lineage and timeline; and whether the reader may
 * name co-authors (a partner of a proposing organisation), so that the page asks no second question.
 */
public record IdeaDetail(IdeaSummary summary, String problem, String expectedImpact, List<ThemeSummary> themes,
                         String originSessionTitle, List<String> originInsights, List<String> coProposers,
                         List<String> coAuthors, String ownerOrganisation, String mergedInto, List<String> mergedFrom,
                         boolean published, List<TimelineEntry> timeline, long version, boolean mayAddCoAuthors)
                                 implements Serializable {

    /** What anybody may read of a published idea: no people, insights or internal notes. */
    public IdeaDetail publicPart() {
        return new IdeaDetail(summary, problem, expectedImpact, themes, originSessionTitle, List.of(), List.of(),
                List.of(), ownerOrganisation, mergedInto, mergedFrom, published, List.of(), version, false);
    }

    /**
     * @param readsDeliberation whether the reader is a civil servant, who also reads the municipality's deliberation
     *                          (a role proposed or sent back) on the timeline
     */
    static IdeaDetail of(Idea idea, List<String> mergedFrom, boolean mayAddCoAuthors, boolean readsDeliberation) {
        List<ThemeSummary> themes = new java.util.ArrayList<>();
        themes.add(ThemeSummary.of(idea.getTheme()));
        idea.getAdditionalThemes().stream().map(ThemeSummary::of).forEach(themes::add);
        return new IdeaDetail(IdeaSummary.of(idea), idea.getProblem(), idea.getExpectedImpact(), themes,
                idea.getOriginSession().map(Session::getTitle).orElse(null),
                idea.getOriginInsights().stream().map(Insight::getText).toList(),
                idea.getCoProposers().stream().map(Organisation::getName).sorted().toList(),
                idea.getCoAuthors().stream().map(Account::getDisplayName).sorted().toList(),
                idea.getOwnerOrganisation().map(Organisation::getName).orElse(null),
                idea.getMergedInto().map(Idea::getNumber).orElse(null), mergedFrom, idea.isPublished(),
                idea.getTimeline().stream()
                        .filter(event -> readsDeliberation || !event.getType().isInternalDeliberation())
                        .map(TimelineEntry::of).toList(),
                idea.getVersion(), mayAddCoAuthors);
    }
}
