package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.idea.boundary.IdeaSubmission;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.it.support.Submissions;
import nl.samenduurzaam.portal.it.support.TaskDriver;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.it.support.Violations;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm.Decision;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The walking skeleton's slice through the real services in Payara: JPA, JTA, the embedded engine and the EJB
 * security checks together.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningSliceIT {

    @Inject
    private TaskDriver driver;

    @Inject
    private Ideas ideas;

    @Inject
    private Tasks tasks;

    @Inject
    private Themes themes;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private HistoryService historyService;

    @Resource
    private UserTransaction transaction;

    @Test
    void submittedIdeaAndItsProcessCommitTogether() {
        // given
        Users.loginAs(Users.PARTNER);

        // when
        IdeaSummary idea = ideas.submit(Submissions.titled("Zonnepanelen op sporthallen"));

        // then
        assertThat(idea.number()).matches("SD-\\d{4}-\\d{4}");
        assertThat(idea.status()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(ideas.listForMyOrganisation()).extracting(IdeaSummary::number).contains(idea.number());
        assertThat(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(idea.number()).count()).isEqualTo(1);
    }

    @Test
    void rolledBackSubmissionLeavesNeitherIdeaNorProcess() throws Exception {
        // given
        Users.loginAs(Users.PARTNER);
        String title = "Teruggedraaid idee " + UUID.randomUUID();

        // when
        transaction.begin();
        IdeaSummary idea = ideas.submit(Submissions.titled(title));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(idea.number()).count())
                .as("the process exists inside the transaction").isEqualTo(1);
        transaction.rollback();

        // then
        assertThat(ideas.listForMyOrganisation()).extracting(IdeaSummary::number).doesNotContain(idea.number());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(idea.number()).count())
                .isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(idea.number())
                .count()).isZero();
    }

    @Test
    void screenerClaimsAndCompletesTheScreeningAndThePartnerSeesTheNewStatus() {
        // given
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Warmtenet Chemelot-Geleen"));

        // when
        Users.loginAs(Users.SCREENER);
        TaskSummary task = driver.anyTaskOf(idea.number());
        tasks.claim(task.taskId());
        assertThat(driver.anyTaskOf(idea.number()).assignee()).isEqualTo(Users.SCREENER);
        tasks.completeScreening(task.taskId(), new ScreeningForm(Decision.SHORTLIST, null));

        // then
        assertThat(tasks.listForCurrentUser()).filteredOn(t -> t.taskKey().equals(IdeaLifecycle.SCREEN_IDEA))
                .extracting(TaskSummary::ideaNumber).doesNotContain(idea.number());
        Users.loginAs(Users.PARTNER);
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.SHORTLISTED);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(idea.number())
                .taskDefinitionKey(IdeaLifecycle.ASSESS_IDEA).unfinished().count())
                .as("two screeners assess a shortlisted idea").isEqualTo(2);
    }

    @Test
    void notPursuedIdeaShowsTheScreenersReasonToThePartner() {
        // given
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Kantoor vol planten"));
        Users.loginAs(Users.SCREENER);
        TaskSummary task = driver.anyTaskOf(idea.number());

        // when
        tasks.completeScreening(task.taskId(),
                new ScreeningForm(Decision.NOT_PURSUED, "Past niet binnen de opgaven"));

        // then
        Users.loginAs(Users.PARTNER);
        IdeaSummary seen = ideas.findByNumber(idea.number());
        assertThat(seen.status()).isEqualTo(IdeaStatus.NOT_PURSUED);
        assertThat(seen.statusReason()).isEqualTo("Past niet binnen de opgaven");
    }

    @Test
    void screeningTaskIsOfferedToScreenersOnly() {
        // given
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Deelauto's voor wijkcentra"));

        // then
        Users.loginAs(Users.SCREENER);
        assertThat(tasks.listForCurrentUser()).extracting(TaskSummary::ideaNumber).contains(idea.number());
        Users.loginAs(Users.MANAGEMENT);
        assertThat(tasks.listForCurrentUser()).extracting(TaskSummary::ideaNumber).doesNotContain(idea.number());
        Users.loginAs(Users.PARTNER);
        assertThat(tasks.listForCurrentUser()).extracting(TaskSummary::ideaNumber).doesNotContain(idea.number());
        Users.loginAs(Users.FACILITATOR);
        assertThatThrownBy(() -> tasks.listForCurrentUser()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void partnerCannotCompleteTheScreenersTask() {
        // given
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Eigen idee zelf goedkeuren"));
        Users.loginAs(Users.SCREENER);
        String taskId = driver.anyTaskOf(idea.number()).taskId();

        // when
        Users.loginAs(Users.PARTNER);
        Throwable refused = catchThrowable(() ->
                tasks.completeScreening(taskId, new ScreeningForm(Decision.SHORTLIST, null)));

        // then
        assertThat(refused).isInstanceOf(EJBAccessException.class);
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.SUBMITTED);
        Users.loginAs(Users.SCREENER);
        assertThat(driver.anyTaskOf(idea.number()).assignee()).isNull();
    }

    @Test
    void managementCannotClaimATaskOfTheScreeners() {
        // given
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Buurtbatterij"));
        Users.loginAs(Users.SCREENER);
        String taskId = driver.anyTaskOf(idea.number()).taskId();

        // when
        Users.loginAs(Users.MANAGEMENT);

        // then
        assertThatThrownBy(() -> tasks.claim(taskId)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void completingATaskTwiceGivesAClearMessageAndOneCompletion() {
        // given
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Dubbel afgerond"));
        Users.loginAs(Users.SCREENER);
        String taskId = driver.anyTaskOf(idea.number()).taskId();
        tasks.completeScreening(taskId, new ScreeningForm(Decision.SHORTLIST, null));

        // when
        Throwable second = catchThrowable(() ->
                tasks.completeScreening(taskId, new ScreeningForm(Decision.NOT_PURSUED, "Toch niet")));

        // then
        assertThat(second).isInstanceOf(PortalException.class).hasMessage("task.not-found");
        List<HistoricTaskInstance> completed = historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(idea.number()).taskDefinitionKey(IdeaLifecycle.SCREEN_IDEA).list();
        assertThat(completed).hasSize(1);
        Users.loginAs(Users.PARTNER);
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.SHORTLISTED);
    }

    @Test
    void notPursuedWithoutAReasonIsRefusedAndChangesNothing() {
        // given
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Zonder reden afgewezen"));
        Users.loginAs(Users.SCREENER);
        String taskId = driver.anyTaskOf(idea.number()).taskId();

        // when
        Throwable refused = catchThrowable(() ->
                tasks.completeScreening(taskId, new ScreeningForm(Decision.NOT_PURSUED, "  ")));

        // then
        assertThat(Violations.of(refused).getConstraintViolations())
                .anySatisfy(v -> assertThat(v.getMessageTemplate()).isEqualTo("{screening.reason.required}"));
        assertThat(driver.anyTaskOf(idea.number()).taskId()).isEqualTo(taskId);
        Users.loginAs(Users.PARTNER);
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.SUBMITTED);
    }

    @Test
    void aSubmissionRetriedWithTheSameFormKeyStoresOneIdeaWithOneProcess() {
        Users.loginAs(Users.PARTNER);
        String key = java.util.UUID.randomUUID().toString();
        IdeaSubmission form = new IdeaSubmission("Eén keer ingediend " + key.substring(0, 8), "Twee keer verstuurd",
                themes.all().get(0).id(), key);

        IdeaSummary first = ideas.submit(form);
        IdeaSummary retried = ideas.submit(form);

        assertThat(retried.number()).isEqualTo(first.number());
        assertThat(ideas.submittedWith(key)).hasValueSatisfying(idea -> assertThat(idea.number())
                .isEqualTo(first.number()));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first.number()).count())
                .isEqualTo(1);
        Users.loginAs(Users.OTHER_PARTNER);
        assertThat(ideas.submittedWith(key)).as("another person's form key finds nothing").isEmpty();
    }

    @Test
    void theOrganisationsIdeasComeAPageAtATimeNewestFirst() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary older = ideas.submit(new IdeaSubmission("Ouder idee " + System.nanoTime() % 100_000,
                "Eerst ingediend", themes.all().get(0).id()));
        IdeaSummary newer = ideas.submit(new IdeaSubmission("Nieuwer idee " + System.nanoTime() % 100_000,
                "Daarna ingediend", themes.all().get(0).id()));

        Page<IdeaSummary> first = ideas.pageForMyOrganisation(0, 1);
        Page<IdeaSummary> second = ideas.pageForMyOrganisation(1, 1);

        assertThat(first.items()).extracting(IdeaSummary::number).containsExactly(newer.number());
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).extracting(IdeaSummary::number).containsExactly(older.number());
    }

    @Test
    void invalidSubmissionIsRefusedWithMessagesAndStoresNothing() {
        // given
        Users.loginAs(Users.PARTNER);
        int before = ideas.listForMyOrganisation().size();

        // when
        Throwable refused = catchThrowable(() -> ideas.submit(new IdeaSubmission(" ", "x".repeat(10_001), null)));

        // then
        assertThat(Violations.of(refused).getConstraintViolations())
                .extracting(v -> v.getMessageTemplate())
                .contains("{idea.title.required}", "{idea.description.too-long}", "{idea.theme.required}");
        assertThat(ideas.listForMyOrganisation()).hasSize(before);
    }

    @Test
    void partnerCannotReadAnotherOrganisationsIdeaByItsNumber() {
        // given
        Users.loginAs(Users.OTHER_PARTNER);
        IdeaSummary othersIdea = ideas.submit(Submissions.titled("Idee van een andere organisatie"));

        // when
        Users.loginAs(Users.PARTNER);

        // then
        assertThatThrownBy(() -> ideas.findByNumber(othersIdea.number()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(ideas.listForMyOrganisation()).extracting(IdeaSummary::number)
                .doesNotContain(othersIdea.number());
    }

    @Test
    void partnerIsToldTheSameForAnUnknownNumberAsForAnotherOrganisationsIdea() {
        Users.loginAs(Users.PARTNER);

        assertThatThrownBy(() -> ideas.findByNumber("SD-1999-9999")).isInstanceOf(AccessRefusedException.class);
    }
}
