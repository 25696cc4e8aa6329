package nl.samenduurzaam.portal.web.idea;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.idea.boundary.DuplicateCandidate;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.i18n.BoundaryErrors;
import nl.samenduurzaam.workflow.idea.boundary.CurrentStep;
import nl.samenduurzaam.workflow.idea.boundary.IdeaWorkflow;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The partner's page: submit an idea and follow the organisation's ideas. */
@Named
@ViewScoped
public class MyIdeasView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "title", "idea-form:title", "description", "idea-form:description", "themeId", "idea-form:theme");

    @Inject
    private Ideas ideas;

    @Inject
    private Themes themes;

    @Inject
    private IdeaWorkflow workflow;

    private List<ThemeSummary> themeOptions;
    private List<IdeaSummary> myIdeas;
    private Map<String, List<CurrentStep>> currentSteps;
    private List<DuplicateCandidate> duplicates = List.of();

    private String title;
    private String description;
    private Long themeId;

    @PostConstruct
    void load() {
        themeOptions = themes.all();
        loadIdeas();
    }

    /** Reloads the ideas and their steps, after a task of the organisation was completed on this page. */
    public void loadIdeas() {
        myIdeas = ideas.listForMyOrganisation();
        currentSteps = workflow.currentStepsOf(myIdeas.stream().map(IdeaSummary::number).toList());
    }

    public void submit() {
        try {
            IdeaSummary submitted = ideas.submit(new IdeaSubmission(title, description, themeId));
            Messages.addGlobalInfo("idea.submit.done", submitted.number());
            title = null;
            description = null;
            themeId = null;
            duplicates = List.of();
            loadIdeas();
        } catch (RuntimeException refused) {
            BoundaryErrors.show(refused, FIELDS);
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
        } catch (RuntimeException refused) {
            duplicates = List.of();
        }
    }

    public List<DuplicateCandidate> getDuplicates() {
        return duplicates;
    }

    public List<ThemeSummary> getThemeOptions() {
        return themeOptions;
    }

    public List<IdeaSummary> getMyIdeas() {
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
