package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.audit.boundary.AuditEntry;
import nl.samenduurzaam.portal.audit.boundary.AuditLog;
import nl.samenduurzaam.portal.audit.entity.AuditOutcome;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.idea.boundary.DuplicateCandidate;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.idea.boundary.IdeaQuery;
import nl.samenduurzaam.portal.idea.boundary.IdeaSortField;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.IdeaUpdate;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdea;
import nl.samenduurzaam.portal.idea.boundary.PublishedIdeas;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.it.support.Submissions;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.samenduurzaam.portal.it.support.Violations.templatesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The idea boundary in Payara: validation at the boundary, organisation scoping and its audit, concurrent
 * edits, search pages, duplicate candidates, merging and what a published idea shows.
 */
@ExtendWith(ArquillianExtension.class)
class IdeaBoundaryIT {

    private static final String ONE_MEGABYTE = "x".repeat(1024 * 1024);

    @Inject
    private Ideas ideas;

    @Inject
    private Themes themes;

    @Inject
    private Organisations organisations;

    @Inject
    private Elaborations elaborations;

    @Inject
    private AuditLog auditLog;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private PublishedIdeas publishedIdeas;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void badInputIsRefusedWithItsMessageAndStoresNothing() {
        Users.loginAs(Users.PARTNER);
        long theme = themes.all().get(0).id();
        int before = ideas.listForMyOrganisation().size();
        Map<IdeaSubmission, String> cases = Map.of(
                new IdeaSubmission("", "Beschrijving", theme), "{idea.title.required}",
                new IdeaSubmission("x".repeat(201), "Beschrijving", theme), "{idea.title.too-long}",
                new IdeaSubmission("Bel\u0007letje", "Beschrijving", theme), "{text.control-characters}",
                new IdeaSubmission("Titel", ONE_MEGABYTE, theme), "{idea.description.too-long}",
                new IdeaSubmission("Titel", "Nul\u0000byte", theme), "{text.control-characters}");

        cases.forEach((submission, message) -> assertThat(templatesOf(() -> ideas.submit(submission)))
                .as(message).contains(message));

        assertThat(ideas.listForMyOrganisation()).hasSize(before);
    }

    @Test
    void lineBreaksAndTabsAreFineInLongTexts() {
        Users.loginAs(Users.PARTNER);

        IdeaSummary idea = ideas.submit(new IdeaSubmission("Regels en tabs",
                "Eerste regel\nTweede regel\r\n\tingesprongen", themes.all().get(0).id()));

        assertThat(idea.description()).contains("\n\tingesprongen");
    }

    @Test
    void partnerCannotReachAnotherOrganisationsIdeaByGuessingAndEveryAttemptIsAudited() {
        Users.loginAs(Users.OTHER_PARTNER);
        IdeaSummary othersIdea = ideas.submit(Submissions.titled("Van een andere organisatie"));
        Users.loginAs(Users.ADMIN);
        int refusedBefore = refusals(Users.PARTNER);

        Users.loginAs(Users.PARTNER);
        String number = othersIdea.number();
        assertThatThrownBy(() -> ideas.findByNumber(number)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ideas.detail(number)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ideas.update(number, new IdeaUpdate("Overgenomen", null, "Van mij", null,
                othersIdea.version()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> ideas.addCoAuthor(number, Users.PARTNER))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> elaborations.forIdea(number)).isInstanceOf(AccessRefusedException.class);
        assertThat(ideas.search(IdeaQuery.firstPage(100)).items()).extracting(IdeaSummary::number)
                .doesNotContain(number);
        assertThatThrownBy(() -> organisations.all()).isInstanceOf(EJBAccessException.class);

        Users.loginAs(Users.ADMIN);
        assertThat(refusals(Users.PARTNER) - refusedBefore).isEqualTo(5);
        Users.loginAs(Users.OTHER_PARTNER);
        assertThat(ideas.detail(number).summary().title()).isEqualTo(othersIdea.title());
    }

    @Test
    void concurrentEditsOfOneIdeaEndInOneSuccessAndOneClearConflict() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Twee bewerkers"));
        IdeaDetail readByBoth = ideas.detail(idea.number());

        IdeaDetail first = ideas.update(idea.number(), new IdeaUpdate("Eerste versie", "Probleem",
                "Beschrijving A", null, readByBoth.version()));
        Users.loginAs(Users.SCREENER);
        Throwable second = catchThrowable(() -> ideas.update(idea.number(), new IdeaUpdate("Tweede versie", null,
                "Beschrijving B", null, readByBoth.version())));

        assertThat(second).isInstanceOf(ConcurrentChangeException.class).hasMessage("error.concurrent-change");
        IdeaDetail stored = ideas.detail(idea.number());
        assertThat(stored.summary().title()).isEqualTo("Eerste versie");
        assertThat(stored.problem()).isEqualTo("Probleem");
        assertThat(stored.version()).isEqualTo(first.version());
        assertThat(stored.timeline()).extracting(e -> e.type().name()).containsExactly("SUBMITTED", "EDITED");
    }

    @Test
    void twoSimultaneousEditsOfOneIdeaEndInOneSuccessAndOneConflict() throws Exception {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Gelijktijdig bewerkt"));
        long version = ideas.detail(idea.number()).version();
        CyclicBarrier together = new CyclicBarrier(2);

        // both edits start at the same moment from threads that carry the partner's identity
        Future<Object> first = executor.submit(() -> edit(idea.number(), "Versie A", version, together));
        Future<Object> second = executor.submit(() -> edit(idea.number(), "Versie B", version, together));
        List<Object> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

        assertThat(outcomes).filteredOn(IdeaDetail.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConcurrentChangeException.class::isInstance).hasSize(1);
        IdeaDetail winner = (IdeaDetail) outcomes.stream().filter(IdeaDetail.class::isInstance).findFirst()
                .orElseThrow();
        IdeaDetail stored = ideas.detail(idea.number());
        assertThat(stored.summary().title()).isEqualTo(winner.summary().title());
        assertThat(stored.timeline()).extracting(e -> e.type().name()).containsExactly("SUBMITTED", "EDITED");
    }

    private Object edit(String number, String title, long version, CyclicBarrier together) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            return ideas.update(number, new IdeaUpdate(title, null, "Beschrijving " + title, null, version));
        } catch (ConcurrentChangeException conflict) {
            return conflict;
        }
    }

    @Test
    void searchPagesWithoutCountingSortsOnWhitelistedFieldsAndScopesPartners() {
        Users.loginAs(Users.SCREENER);
        Page<IdeaSummary> first = ideas.search(new IdeaQuery(null, null, null, Set.of(), null, 0, 5,
                IdeaSortField.NUMBER, true));
        Page<IdeaSummary> second = ideas.search(new IdeaQuery(null, null, null, Set.of(), null, 1, 5,
                IdeaSortField.NUMBER, true));

        assertThat(first.items()).hasSize(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items()).extracting(IdeaSummary::number).isSorted();
        assertThat(first.items().get(4).number()).isLessThan(second.items().get(0).number());
        Page<IdeaSummary> implementing = ideas.search(new IdeaQuery(null, null, null,
                Set.of(IdeaStatus.IMPLEMENTING), null, 0, 20, IdeaSortField.TITLE, true));
        assertThat(implementing.items()).extracting(IdeaSummary::title).contains("Zonnedaken op alle scholen");
        assertThat(templatesOf(() -> ideas.search(new IdeaQuery(null, null, null, Set.of(), null, 0, 101,
                IdeaSortField.NUMBER, true)))).isNotEmpty();

        Users.loginAs(Users.THIRD_PARTNER);
        Page<IdeaSummary> seenByPartner = ideas.search(IdeaQuery.firstPage(100));
        assertThat(seenByPartner.items()).extracting(IdeaSummary::title)
                .contains("Zonnedaken op alle scholen")          // published
                .doesNotContain("Buurtbatterij Geleen-Zuid");    // another organisation's, not published
    }

    @Test
    void duplicateCandidatesAreOpenIdeasOfTheThemeWithSimilarTitles() {
        Users.loginAs(Users.SCREENER);
        long energy = themes.all().stream().filter(t -> t.code().equals("ENERGY_TRANSITION")).findFirst()
                .orElseThrow().id();

        List<DuplicateCandidate> candidates = ideas.duplicateCandidates(energy,
                "Zonnepanelen en zonnedaken voor scholen");

        assertThat(candidates).extracting(DuplicateCandidate::title).contains("Zonnedaken op alle scholen");
        assertThat(candidates.get(0).sharedWords()).isGreaterThanOrEqualTo(2);
        assertThat(ideas.duplicateCandidates(energy, "de en of")).isEmpty();
    }

    @Test
    void aPublishedIdeaOfAnotherOrganisationShowsNoPeopleInsightsOrTimeline() {
        Users.loginAs(Users.THIRD_PARTNER);
        IdeaSummary published = ideas.search(new IdeaQuery("Zonnedaken op alle scholen", null, null, Set.of(),
                null, 0, 1, IdeaSortField.NUMBER, true)).items().get(0);

        IdeaDetail seen = ideas.detail(published.number());

        assertThat(seen.published()).isTrue();
        assertThat(seen.timeline()).isEmpty();
        assertThat(seen.originInsights()).isEmpty();
        assertThat(seen.coAuthors()).isEmpty();
        Users.loginAs(Users.PARTNER);
        assertThat(ideas.detail(published.number()).timeline()).as("its own organisation sees everything")
                .isNotEmpty();
    }

    @Test
    void publishedIdeasAreReadableWithoutLoggingInAndNameNoPeople() {
        Users.logout();

        Page<PublishedIdea> page = publishedIdeas.page(0, Page.MAX_SIZE);

        assertThat(page.items()).extracting(PublishedIdea::title)
                .contains("Zonnedaken op alle scholen", "Energiecoach in elke wijk");
        assertThat(page.items()).allSatisfy(idea -> assertThat(idea.publishedAt()).isNotNull());
    }

    private int refusals(String actor) {
        return (int) auditLog.ofActor(actor, 500).stream().filter(e -> e.outcome() == AuditOutcome.REFUSED)
                .map(AuditEntry::action).count();
    }
}
