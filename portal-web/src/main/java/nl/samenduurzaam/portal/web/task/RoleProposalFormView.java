package nl.samenduurzaam.portal.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.role.boundary.RoleAssignmentView;
import nl.samenduurzaam.portal.role.boundary.RoleProposalForm;
import nl.samenduurzaam.portal.role.boundary.RoleView;
import nl.samenduurzaam.portal.role.entity.RoleConflict;
import nl.samenduurzaam.portal.web.i18n.Texts;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The municipal role proposal (proposeMunicipalRole): a primary role and secondary roles from the catalogue, the
 * department, what the municipality commits and why. Conflicting roles are shown while choosing and need a
 * justification. A proposal sent back comes filled in with what was proposed before.
 */
@Named
@ViewScoped
public class RoleProposalFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tasks tasks;

    @Inject
    private MunicipalRoles roles;

    @Inject
    private TaskPageView page;

    private List<RoleView> catalogue;
    private RoleAssignmentView previous;
    private String primaryRole;
    private List<String> secondaryRoles = new ArrayList<>();
    private String department;
    private String commitment;
    private String rationale;
    private String conflictJustification;
    private List<RoleConflict> conflicts = List.of();

    @PostConstruct
    void load() {
        catalogue = roles.catalogue();
        if (page.getTask() != null && page.getTask().ideaNumber() != null) {
            previous = roles.forIdea(page.getTask().ideaNumber()).orElse(null);
        }
        if (previous != null) {
            primaryRole = previous.primaryRole().code();
            secondaryRoles = new ArrayList<>(previous.secondaryRoles().stream().map(RoleView::code).toList());
            department = previous.department();
            commitment = previous.commitment();
            rationale = previous.rationale();
            conflictJustification = previous.conflictJustification();
            checkConflicts();
        }
    }

    /** Called while choosing roles: the conflicts of the chosen combination, from the domain's rules. */
    public void checkConflicts() {
        conflicts = chosenRoles().size() < 2 ? List.of() : roles.conflictsOf(chosenRoles());
    }

    public void complete() {
        // the conflicts stand beside a refusal too (a conflict without its justification is one)
        checkConflicts();
        tasks.proposeMunicipalRole(page.getTask().taskId(), new RoleProposalForm(primaryRole,
                new LinkedHashSet<>(secondaryRoles), department, commitment, rationale, conflictJustification));
        page.done("task.role.done");
    }

    private Set<String> chosenRoles() {
        Set<String> chosen = new LinkedHashSet<>();
        Optional.ofNullable(primaryRole).filter(code -> !code.isBlank()).ifPresent(chosen::add);
        chosen.addAll(secondaryRoles);
        return chosen;
    }

    /** The role's name in the reader's language. */
    public String nameOf(String code) {
        return catalogue.stream().filter(role -> role.code().equals(code)).findFirst()
                .map(role -> Texts.inLanguage(Texts.currentLocale(), role.nameNl(), role.nameEn())).orElse(code);
    }

    public List<RoleView> getCatalogue() {
        return catalogue;
    }

    public RoleAssignmentView getPrevious() {
        return previous;
    }

    public List<RoleConflict> getConflicts() {
        return conflicts;
    }

    public String getPrimaryRole() {
        return primaryRole;
    }

    public void setPrimaryRole(String primaryRole) {
        this.primaryRole = primaryRole;
    }

    public List<String> getSecondaryRoles() {
        return secondaryRoles;
    }

    public void setSecondaryRoles(List<String> secondaryRoles) {
        this.secondaryRoles = secondaryRoles == null ? new ArrayList<>() : new ArrayList<>(secondaryRoles);
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getConflictJustification() {
        return conflictJustification;
    }

    public void setConflictJustification(String conflictJustification) {
        this.conflictJustification = conflictJustification;
    }
}
