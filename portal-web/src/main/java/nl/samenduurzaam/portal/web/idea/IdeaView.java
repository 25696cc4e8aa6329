package nl.samenduurzaam.portal.web.idea;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationView;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.TimelineEntry;
import nl.samenduurzaam.portal.role.boundary.ApprovedRole;
import nl.samenduurzaam.workflow.idea.boundary.CurrentStep;
import nl.samenduurzaam.workflow.idea.boundary.IdeaPage;
import nl.samenduurzaam.workflow.idea.boundary.IdeaWorkflow;
import nl.samenduurzaam.workflow.idea.boundary.ProcessDiagram;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * One idea with its context: texts, origin, organisations, where it is now, its timeline and its process diagram with
 * the current step highlighted. The idea page shows it; the task page shows it beside the task's form.
 */
@Named
@ViewScoped
public class IdeaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Ideas ideas;

    @Inject
    private IdeaWorkflow workflow;

    private String number;
    private IdeaDetail detail;
    private List<CurrentStep> currentSteps = List.of();
    private ProcessDiagram diagram;
    private ApprovedRole approvedRole;
    private ElaborationView plan;
    private String coAuthor;

    /** The page's view action: the idea of the URL, or a message when it does not exist for the caller. */
    public void load() {
        if (number == null || number.isBlank()) {
            org.omnifaces.util.Messages.addGlobalError("idea.not-found", "");
            return;
        }
        show(number.strip());
    }

    public void show(String ideaNumber) {
        // a refused read leaves no idea on the page, not the one shown before
        detail = null;
        show(workflow.page(ideaNumber));
    }

    /** Shows an idea page read by another page's boundary call (the task page reads it with its task). */
    public void show(IdeaPage page) {
        number = page.detail().summary().number();
        currentSteps = page.currentSteps();
        diagram = page.diagram();
        approvedRole = page.approvedRole();
        plan = page.plan();
        detail = page.detail();
    }

    /** A partner of the proposing organisation adds a colleague as co-author. */
    public void addCoAuthor() {
        String username = coAuthor == null ? "" : coAuthor.strip();
        ideas.addCoAuthor(number, username);
        org.omnifaces.util.Messages.addGlobalInfo("idea.co-author.added", username);
        coAuthor = null;
        show(number);
    }

    /** Only the proposing organisation's partners name co-authors: the boundary says so with the idea. */
    public boolean isMayAddCoAuthors() {
        return detail != null && detail.mayAddCoAuthors();
    }

    public String getCoAuthor() {
        return coAuthor;
    }

    public void setCoAuthor(String coAuthor) {
        this.coAuthor = coAuthor;
    }

    /** Newest first: what happened last is what the reader looks for. */
    public List<TimelineEntry> getTimeline() {
        return detail == null ? List.of() : detail.timeline().stream()
                .sorted(Comparator.comparing(TimelineEntry::occurredAt).reversed()).toList();
    }

    /** Where the viewer fetches the model version this idea's process runs on. */
    public String getModelUrl() {
        return diagram == null ? null : Faces.getRequestContextPath() + ProcessModelServlet.PATH + "?definition="
                + URLEncoder.encode(diagram.definitionId(), StandardCharsets.UTF_8);
    }

    public String getCurrentStepIds() {
        return diagram == null ? "" : String.join(" ", diagram.currentSteps());
    }

    public String getPassedStepIds() {
        return diagram == null ? "" : String.join(" ", diagram.passedSteps());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public IdeaDetail getDetail() {
        return detail;
    }

    public List<CurrentStep> getCurrentSteps() {
        return currentSteps;
    }

    /** The municipality's approved role in the idea; null until management approved one. */
    /** The owner's plan, where the reader may see it; null otherwise or without one. */
    public ElaborationView getPlan() {
        return plan;
    }

    public ApprovedRole getApprovedRole() {
        return approvedRole;
    }

    public ProcessDiagram getDiagram() {
        return diagram;
    }
}
