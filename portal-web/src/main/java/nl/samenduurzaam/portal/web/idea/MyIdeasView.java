package nl.samenduurzaam.portal.web.idea;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.idea.boundary.DuplicateCandidate;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.paging.UncountedDataModel;
import nl.samenduurzaam.workflow.idea.boundary.CurrentStep;
import nl.samenduurzaam.workflow.idea.boundary.IdeaWorkflow;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** The partner's page: submit an idea and follow the organisation's ideas. */
@Named
@ViewScoped
public class MyIdeasView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;
    private static final Logger LOG = Logger.getLogger(MyIdeasView.class.getName());

    @Inject
    private Ideas ideas;

    @Inject
    private Themes themes;

    @Inject
    private IdeaWorkflow workflow;

    private List<ThemeSummary> themeOptions;
    /** The newest ideas first, a page at a time: an organisation with hundreds of ideas still opens fast. */
    private final UncountedDataModel<IdeaSummary> myIdeas = new UncountedDataModel<>(this::ideasWithSteps, PAGE_SIZE,
            "ideas-form:ideas");
    private Map<String, List<CurrentStep>> currentSteps = Map.of();
    private List<DuplicateCandidate> duplicates = List.of();

    /** Identifies this form's submission; a new one after each stored idea. */
    private String submissionKey = UUID.randomUUID().toString();

    private String title;
    private String description;
    private Long themeId;

    @PostConstruct
    void load() {
        themeOptions = themes.all();
    }

    /** A page of ideas and, in one more call, where each of them is in the process. */
    private Page<IdeaSummary> ideasWithSteps(int page, int size) {
        Page<IdeaSummary> rows = ideas.pageForMyOrganisation(page, size);
        currentSteps = workflow.currentStepsOf(rows.items().stream().map(IdeaSummary::number).toList());
        return rows;
    }

    /**
     * Stores the idea once: the form's key makes a retry (a second click, an answer lost on the way) return the idea
     * stored the first time. Success is reported once the idea is stored, even when the list cannot be read again.
     */
    public void submit() {
        IdeaSummary submitted;
        try {
            submitted = ideas.submit(new IdeaSubmission(title, description, themeId, submissionKey));
        } catch (RuntimeException failed) {
            // an answer lost on the way (a fault after the commit) must not read as a refusal of a stored idea
            submitted = storedWithThisForm().orElseThrow(() -> failed);
        }
        Messages.addGlobalInfo("idea.submit.done", submitted.number());
        title = null;
        description = null;
        themeId = null;
        duplicates = List.of();
        submissionKey = UUID.randomUUID().toString();
        try {
            myIdeas.showFirstPage();
        } catch (RuntimeException listUnavailable) {
            String number = submitted.number();
            LOG.warning(() -> "Idea " + number + " stored; the list could not be read again: " + listUnavailable);
            Messages.addGlobalWarn("idea.list.not-refreshed");
        }
    }

    /** Whether this form's idea was stored although the submission answered with a failure. */
    private Optional<IdeaSummary> storedWithThisForm() {
        try {
            return ideas.submittedWith(submissionKey);
        } catch (RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    /** While the title is typed: open ideas of the chosen theme with a similar title, so a partner joins in. */
    public void suggestDuplicates() {
        if (themeId == null || title == null || title.isBlank()) {
            duplicates = List.of();
            return;
        }
        try {
            duplicates = ideas.duplicateCandidates(themeId, title.length() > 200 ? title.substring(0, 200) : title);
        } catch (RuntimeException noSuggestion) {
            // a hint while typing: when it cannot be given, the form goes on without it and without a message
            duplicates = List.of();
        }
    }

    public List<DuplicateCandidate> getDuplicates() {
        return duplicates;
    }

    public List<ThemeSummary> getThemeOptions() {
        return themeOptions;
    }

    /** The status reason of an idea on the page shown, such as the screener's question; null when not shown. */
    public String statusReasonShown(String ideaNumber) {
        List<IdeaSummary> shown = myIdeas.getWrappedData();
        return shown == null ? null : shown.stream().filter(idea -> idea.number().equals(ideaNumber))
                .map(IdeaSummary::statusReason).findFirst().orElse(null);
    }

    public UncountedDataModel<IdeaSummary> getMyIdeas() {
        return myIdeas;
    }

    /** Where the idea is now: its open steps, who holds the ball and by when; none once the process has ended. */
    public List<CurrentStep> stepsOf(IdeaSummary idea) {
        return currentSteps.getOrDefault(idea.number(), List.of());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }
}
