package nl.samenduurzaam.portal.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.it.support.TaskDriver;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.idea.boundary.CurrentStep;
import nl.samenduurzaam.workflow.taskpage.boundary.TaskPage;
import nl.samenduurzaam.workflow.taskpage.boundary.TaskPages;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task page's one boundary call in Payara: the task, its idea and what it decides on, for civil servants only. */
@ExtendWith(ArquillianExtension.class)
class TaskPagesIT {

    @Inject
    private TaskPages taskPages;

    @Inject
    private TaskDriver driver;

    @Test
    void aSelectionDecisionComesWithTheIdeaAndItsAssessments() {
        IdeaSummary idea = driver.ideaWaitingAt(IdeaLifecycle.DECIDE_SELECTION, Users.PARTNER, "Pagina met scores");
        Users.loginAs(Users.MANAGEMENT);
        TaskPage page = taskPages.page(driver.taskFor(idea, IdeaLifecycle.DECIDE_SELECTION));

        assertThat(page.task().taskKey()).isEqualTo(IdeaLifecycle.DECIDE_SELECTION);
        assertThat(page.idea().detail().summary().number()).isEqualTo(idea.number());
        assertThat(page.idea().currentSteps()).extracting(CurrentStep::taskKey)
                .containsExactly(IdeaLifecycle.DECIDE_SELECTION);
        assertThat(page.assessments().assessments()).hasSize(2);
        assertThat(page.assessments().weightedScore()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(page.roleProposal()).isNull();
        assertThat(page.elaboration()).isNull();
    }

    @Test
    void aRoleApprovalComesWithTheProposalAndAPartnerIsRefused() {
        IdeaSummary idea = driver.ideaWaitingAt(IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, Users.PARTNER,
                "Pagina met rol");
        Users.loginAs(Users.MANAGEMENT);
        String task = driver.taskFor(idea, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE);
        TaskPage page = taskPages.page(task);

        assertThat(page.roleProposal().department()).isEqualTo("Economische zaken");
        assertThat(page.roleProposal().proposedBy()).isEqualTo(Users.ROLE_HOLDER);
        assertThat(page.assessments()).isNull();
        assertThat(page.elaboration()).isNull();

        Users.loginAs(Users.PARTNER);
        assertThatThrownBy(() -> taskPages.page(task)).isInstanceOf(EJBAccessException.class);
    }
}
