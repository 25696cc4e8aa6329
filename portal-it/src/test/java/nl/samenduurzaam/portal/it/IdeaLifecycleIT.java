package nl.samenduurzaam.portal.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.assessment.boundary.Assessments;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.elaboration.boundary.ElaborationPlan;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;
import nl.samenduurzaam.portal.idea.boundary.LifecycleSteps;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.idea.boundary.TimelineEntry;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.it.support.Submissions;
import nl.samenduurzaam.portal.it.support.TaskDriver;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.role.boundary.ApprovedRole;
import nl.samenduurzaam.portal.role.boundary.RoleProposalForm;
import nl.samenduurzaam.portal.role.boundary.RoleView;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.idea.boundary.CurrentStep;
import nl.samenduurzaam.workflow.idea.boundary.IdeaPage;
import nl.samenduurzaam.workflow.idea.boundary.IdeaWorkflow;
import nl.samenduurzaam.workflow.idea.boundary.StepRecord;
import nl.samenduurzaam.workflow.task.boundary.ClarificationForm;
import nl.samenduurzaam.workflow.task.boundary.CompletionReport;
import nl.samenduurzaam.workflow.task.boundary.DecisionForm;
import nl.samenduurzaam.workflow.task.boundary.ScreeningForm;
import nl.samenduurzaam.workflow.task.boundary.SelectionChoice;
import nl.samenduurzaam.workflow.task.boundary.TaskDecision;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The idea lifecycle through the task boundary in Payara: the engine, the domain, JTA and the EJB security together,
 * from submission to completion, with the four-eyes rule, organisation-scoped partner tasks, a task completed by two
 * users at once and a step that fails.
 */
@ExtendWith(ArquillianExtension.class)
class IdeaLifecycleIT {

    @Inject
    private Ideas ideas;

    @Inject
    private Tasks tasks;

    @Inject
    private IdeaWorkflow workflow;

    @Inject
    private Assessments assessments;

    @Inject
    private TaskDriver driver;

    @Inject
    private Accounts accounts;

    @Inject
    private Elaborations elaborations;

    @Inject
    private Themes themes;

    @Inject
    private LifecycleSteps steps;

    @Inject
    private HistoryService historyService;

    @Inject
    private RuntimeService runtimeService;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void anIdeaRunsFromSubmissionToCompletionThroughEveryTaskForm() throws Exception {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Van begin tot eind"));
        long partnerOrganisation = accounts.myOrganisation().id();

        Users.loginAs(Users.SCREENER);
        tasks.completeScreening(driver.taskFor(idea, IdeaLifecycle.SCREEN_IDEA), new ScreeningForm(
                ScreeningForm.Decision.SHORTLIST, null));
        driver.assess(idea, Users.SCREENER, 4);
        driver.assess(idea, Users.SECOND_SCREENER, 2);

        Users.loginAs(Users.MANAGEMENT);
        String selection = driver.awaitTask(idea, IdeaLifecycle.DECIDE_SELECTION);   // after the asynchronous score
        assertThat(runtimeService.getVariable(processOf(idea), IdeaLifecycle.WEIGHTED_SCORE)).isEqualTo(3.0);
        tasks.decide(selection, new DecisionForm(TaskDecision.SELECTED, null));

        Users.loginAs(Users.PROGRAMME_MANAGER);
        tasks.proposeOwner(driver.taskFor(idea, IdeaLifecycle.PROPOSE_OWNER), partnerOrganisation);

        Users.loginAs(Users.PARTNER);
        assertThat(workflow.page(idea.number()).currentSteps()).singleElement().satisfies(step -> {
            assertThat(step.taskKey()).isEqualTo(IdeaLifecycle.ACCEPT_OWNERSHIP);
            assertThat(step.holder()).isEqualTo(CurrentStep.Holder.YOUR_ORGANISATION);
            assertThat(step.due()).isBetween(Instant.now().plus(Duration.ofDays(27)),
                    Instant.now().plus(Duration.ofDays(29)));
        });
        IdeaPage page = workflow.page(idea.number());
        assertThat(page.detail().summary().number()).isEqualTo(idea.number());
        assertThat(page.currentSteps()).extracting(CurrentStep::taskKey).containsExactly(IdeaLifecycle.ACCEPT_OWNERSHIP);
        assertThat(page.diagram().currentSteps()).contains(IdeaLifecycle.ACCEPT_OWNERSHIP);
        assertThat(page.diagram().passedSteps()).contains(IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.DECIDE_SELECTION);
        tasks.decide(driver.taskFor(idea, IdeaLifecycle.ACCEPT_OWNERSHIP), new DecisionForm(TaskDecision.ACCEPT, null));
        Users.loginAs(Users.OTHER_PARTNER);
        assertThat(catchThrowable(() -> workflow.page(idea.number()))).isInstanceOf(PortalException.class);

        Users.loginAs(Users.ROLE_HOLDER);
        tasks.proposeMunicipalRole(driver.taskFor(idea, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE), new RoleProposalForm(
                "CONNECTOR", Set.of("FACILITATOR"), "Economische zaken", "Brengt partners samen",
                "Het idee vraagt vooral netwerk", null));

        assertThat(workflow.page(idea.number()).approvedRole()).as("proposed, not yet approved").isNull();
        Users.loginAs(Users.MANAGEMENT);
        tasks.decide(driver.taskFor(idea, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE),
                new DecisionForm(TaskDecision.APPROVE_ROLE, null));
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.ROLE_ASSIGNED);
        Users.loginAs(Users.PARTNER);
        ApprovedRole approved = workflow.page(idea.number()).approvedRole();
        assertThat(approved.roles()).extracting(RoleView::code).containsExactly("CONNECTOR", "FACILITATOR");
        assertThat(approved.department()).isEqualTo("Economische zaken");
        assertThat(approved.commitment()).isEqualTo("Brengt partners samen");

        Users.loginAs(Users.PARTNER);
        elaborations.savePlan(idea.number(), new ElaborationPlan("Doel", "Aanpak", "Partners",
                new BigDecimal("25000"), "Een locatie", 0));
        elaborations.addMilestone(idea.number(), "Eerste oplevering", LocalDate.now().plusMonths(3));
        tasks.submitElaboration(driver.taskFor(idea, IdeaLifecycle.ELABORATE_IDEA));

        Users.loginAs(Users.SCREENER);
        tasks.decide(driver.taskFor(idea, IdeaLifecycle.REVIEW_ELABORATION),
                new DecisionForm(TaskDecision.APPROVE_ELABORATION, null));

        Users.loginAs(Users.PARTNER);
        tasks.reportCompletion(driver.taskFor(idea, IdeaLifecycle.REPORT_COMPLETION),
                new CompletionReport("Alles is opgeleverd"));

        Users.loginAs(Users.SECOND_SCREENER);
        tasks.decide(driver.taskFor(idea, IdeaLifecycle.CONFIRM_COMPLETION),
                new DecisionForm(TaskDecision.CONFIRM, null));

        IdeaDetail done = ideas.detail(idea.number());
        assertThat(done.summary().status()).isEqualTo(IdeaStatus.COMPLETED);
        assertThat(done.summary().ownerOrganisation()).isEqualTo(idea.proposingOrganisation());
        assertThat(done.timeline()).filteredOn(e -> e.toStatus() != e.fromStatus())
                .extracting(TimelineEntry::toStatus).containsExactly(IdeaStatus.SUBMITTED, IdeaStatus.IN_SCREENING,
                        IdeaStatus.SHORTLISTED, IdeaStatus.SELECTED, IdeaStatus.OWNERSHIP_ACCEPTED,
                        IdeaStatus.ROLE_ASSIGNED, IdeaStatus.IN_ELABORATION, IdeaStatus.IN_REVIEW,
                        IdeaStatus.IMPLEMENTING, IdeaStatus.COMPLETED);
        assertThat(done.timeline()).filteredOn(e -> e.type() == IdeaEventType.STATUS_CHANGED
                        && e.toStatus() == IdeaStatus.SELECTED)
                .extracting(TimelineEntry::actor).containsExactly(Users.MANAGEMENT);
        assertThat(done.timeline()).extracting(TimelineEntry::type).contains(IdeaEventType.OWNER_PROPOSED);
        assertThat(workflow.page(idea.number()).currentSteps()).isEmpty();
        assertThat(workflow.history(idea.number())).extracting(StepRecord::activityId)
                .contains(IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.DECIDE_SELECTION, IdeaLifecycle.CONFIRM_COMPLETION,
                        IdeaLifecycle.IDEA_COMPLETED);
    }

    @Test
    void theProposerOfAMunicipalRoleCannotApproveItButAnotherManagerCan() {
        IdeaSummary idea = toRoleProposal("Vier ogen");

        Users.loginAs(Users.HEAD_OF_DEPARTMENT);   // role holder and management member
        tasks.proposeMunicipalRole(driver.taskFor(idea, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE), new RoleProposalForm(
                "FUNDER", Set.of("REGULATOR"), "Financien", "Subsidie van 50.000 euro",
                "Zonder startgeld komt het niet van de grond", "Vergunning wordt door een ander team getoetst"));
        String approval = driver.taskFor(idea, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE);
        Throwable ownApproval = catchThrowable(() ->
                tasks.decide(approval, new DecisionForm(TaskDecision.APPROVE_ROLE, null)));
        // not offered: the list says why, and claiming it is refused rather than leaving a claim behind
        assertThat(tasks.find(approval).excludedBecause()).isEqualTo("task.excluded.own-proposal");
        assertThat(catchThrowable(() -> tasks.claim(approval))).isInstanceOf(PortalException.class)
                .hasMessage("task.excluded.own-proposal");
        assertThat(tasks.find(approval).assignee()).isNull();

        assertThat(ownApproval).isInstanceOf(PortalException.class);
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.OWNERSHIP_ACCEPTED);
        assertThat(driver.taskFor(idea, IdeaLifecycle.APPROVE_MUNICIPAL_ROLE)).isEqualTo(approval);

        Users.loginAs(Users.MANAGEMENT);
        assertThat(tasks.find(approval).excludedBecause()).isNull();
        tasks.decide(approval, new DecisionForm(TaskDecision.SEND_BACK, "Graag de dekking toelichten"));
        Users.loginAs(Users.HEAD_OF_DEPARTMENT);
        assertThat(driver.taskFor(idea, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE)).isNotNull();
    }

    @Test
    void partnerTasksBelongToTheirOrganisationOnly() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Vraag aan de indiener"));
        Users.loginAs(Users.SCREENER);
        tasks.completeScreening(driver.taskFor(idea, IdeaLifecycle.SCREEN_IDEA), new ScreeningForm(
                ScreeningForm.Decision.CLARIFY, "Welke wijken doen mee?"));

        Users.loginAs(Users.OTHER_PARTNER);
        assertThat(tasks.listForCurrentUser()).extracting(TaskSummary::ideaNumber).doesNotContain(idea.number());
        Users.loginAs(Users.PARTNER);
        String clarify = driver.taskFor(idea, IdeaLifecycle.CLARIFY_IDEA);
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.CLARIFICATION_REQUESTED);
        Users.loginAs(Users.OTHER_PARTNER);
        Throwable foreign = catchThrowable(() -> tasks.completeClarification(clarify,
                new ClarificationForm("Niet van ons")));
        Throwable withdrawal = catchThrowable(() -> workflow.withdraw(idea.number(), "Niet van ons"));

        assertThat(foreign).isInstanceOf(AccessRefusedException.class);
        assertThat(withdrawal).isInstanceOf(AccessRefusedException.class);
        assertThat(workflow.currentStepsOf(List.of(idea.number()))).isEmpty();
        Users.loginAs(Users.PARTNER);
        assertThat(workflow.currentStepsOf(List.of(idea.number())).get(idea.number()))
                .extracting(CurrentStep::taskKey, CurrentStep::holder, CurrentStep::assignee)
                .containsExactly(tuple(IdeaLifecycle.CLARIFY_IDEA,
                        CurrentStep.Holder.YOUR_ORGANISATION, null));
        Users.loginAs(Users.PARTNER);
        tasks.completeClarification(clarify,
                new ClarificationForm("Limbrichterveld en Broeksittard"));
        IdeaSummary answered = ideas.findByNumber(idea.number());
        assertThat(answered.status()).isEqualTo(IdeaStatus.IN_SCREENING);
        assertThat(answered.statusReason()).isEqualTo("Limbrichterveld en Broeksittard");

        workflow.withdraw(idea.number(), "Wij doen het zelf");
        assertThat(ideas.findByNumber(idea.number()).status()).isEqualTo(IdeaStatus.WITHDRAWN);
        assertThat(workflow.page(idea.number()).currentSteps()).isEmpty();
    }

    @Test
    void anOrganisationAskedToOwnAnIdeaReadsItWhileItDecidesAndOwnsItWhenItAccepts() {
        IdeaSummary idea = toSelection("Eigenaar gezocht");
        Users.loginAs(Users.MANAGEMENT);
        tasks.decide(driver.awaitTask(idea, IdeaLifecycle.DECIDE_SELECTION),
                new DecisionForm(TaskDecision.SELECTED, null));
        Users.loginAs(Users.OTHER_PARTNER);
        long installer = accounts.myOrganisation().id();
        Throwable before = catchThrowable(() -> ideas.findByNumber(idea.number()));

        Users.loginAs(Users.PROGRAMME_MANAGER);
        tasks.proposeOwner(driver.taskFor(idea, IdeaLifecycle.PROPOSE_OWNER), installer);
        Users.loginAs(Users.OTHER_PARTNER);
        TaskSummary offer = tasks.listForCurrentUser().stream()
                .filter(t -> IdeaLifecycle.ACCEPT_OWNERSHIP.equals(t.taskKey())
                        && idea.number().equals(t.ideaNumber())).findFirst().orElseThrow();
        assertThat(offer.ideaTitle()).isEqualTo(idea.title());
        assertThat(ideas.detail(idea.number()).timeline()).as("the full detail, not the public part").isNotEmpty();
        String installerName = accounts.myOrganisation().name();
        // the ball is with the installer: so it reads, and so the proposing partner and a civil servant read
        assertThat(workflow.page(idea.number()).currentSteps()).extracting(CurrentStep::holder)
                .containsExactly(CurrentStep.Holder.YOUR_ORGANISATION);
        Users.loginAs(Users.PARTNER);
        assertThat(workflow.currentStepsOf(List.of(idea.number())).get(idea.number()))
                .extracting(CurrentStep::taskKey, CurrentStep::holder, CurrentStep::organisation)
                .containsExactly(tuple(IdeaLifecycle.ACCEPT_OWNERSHIP, CurrentStep.Holder.ORGANISATION,
                        installerName));
        Users.loginAs(Users.SCREENER);
        assertThat(workflow.page(idea.number()).currentSteps())
                .extracting(CurrentStep::holder, CurrentStep::organisation)
                .containsExactly(tuple(CurrentStep.Holder.ORGANISATION, installerName));
        Users.loginAs(Users.THIRD_PARTNER);
        assertThat(catchThrowable(() -> ideas.findByNumber(idea.number())))
                .isInstanceOf(AccessRefusedException.class);

        Users.loginAs(Users.OTHER_PARTNER);
        tasks.decide(offer.taskId(), new DecisionForm(TaskDecision.ACCEPT, null));

        assertThat(before).isInstanceOf(AccessRefusedException.class);
        IdeaSummary owned = ideas.findByNumber(idea.number());
        assertThat(owned.status()).isEqualTo(IdeaStatus.OWNERSHIP_ACCEPTED);
        assertThat(owned.ownerOrganisation()).isEqualTo(accounts.myOrganisation().name());
    }

    @Test
    void anOrganisationThatDeclinesOwnershipNoLongerReadsTheIdea() {
        IdeaSummary idea = toSelection("Eigenaar bedankt");
        Users.loginAs(Users.MANAGEMENT);
        tasks.decide(driver.awaitTask(idea, IdeaLifecycle.DECIDE_SELECTION),
                new DecisionForm(TaskDecision.SELECTED, null));
        Users.loginAs(Users.THIRD_PARTNER);
        long housing = accounts.myOrganisation().id();
        Users.loginAs(Users.PROGRAMME_MANAGER);
        tasks.proposeOwner(driver.taskFor(idea, IdeaLifecycle.PROPOSE_OWNER), housing);

        Users.loginAs(Users.THIRD_PARTNER);
        String offer = driver.taskFor(idea, IdeaLifecycle.ACCEPT_OWNERSHIP);
        Throwable withoutReason = catchThrowable(() -> tasks.decide(offer,
                new DecisionForm(TaskDecision.DECLINE, null)));
        tasks.decide(offer, new DecisionForm(TaskDecision.DECLINE, "Geen capaciteit dit jaar"));

        assertThat(withoutReason).isNotNull();
        assertThat(catchThrowable(() -> ideas.findByNumber(idea.number())))
                .isInstanceOf(AccessRefusedException.class);
        Users.loginAs(Users.PROGRAMME_MANAGER);
        assertThat(driver.taskFor(idea, IdeaLifecycle.PROPOSE_OWNER)).isNotNull();
        assertThat(ideas.detail(idea.number()).timeline())
                .filteredOn(e -> e.type() == IdeaEventType.OWNERSHIP_DECLINED)
                .extracting(TimelineEntry::note).containsExactly("Geen capaciteit dit jaar");
    }

    @Test
    void oneTaskCompletedByTwoScreenersAtOnceHasOneWinnerAndOneClearMessage() throws Exception {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Tegelijk gescreend"));
        Users.loginAs(Users.SCREENER);
        String taskId = driver.taskFor(idea, IdeaLifecycle.SCREEN_IDEA);
        CyclicBarrier together = new CyclicBarrier(2);

        // each thread carries the identity of whoever was logged in when it was submitted
        Future<Object> first = executor.submit(() -> screen(taskId, ScreeningForm.Decision.SHORTLIST, together));
        Users.switchTo(Users.SECOND_SCREENER);
        Future<Object> second = executor.submit(() -> screen(taskId, ScreeningForm.Decision.NOT_PURSUED, together));
        List<Object> outcomes = List.of(first.get(90, TimeUnit.SECONDS), second.get(90, TimeUnit.SECONDS));

        assertThat(outcomes).filteredOn("done"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(PortalException.class::isInstance).singleElement()
                .extracting(failure -> ((PortalException) failure).getMessage())
                .isIn("task.completed-meanwhile", "task.already-claimed", "task.not-found");
        List<HistoricTaskInstance> screenings = historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(idea.number()).taskDefinitionKey(IdeaLifecycle.SCREEN_IDEA).list();
        assertThat(screenings).singleElement().satisfies(t -> assertThat(t.getEndTime()).isNotNull());
        IdeaDetail stored = ideas.detail(idea.number());
        assertThat(stored.timeline()).filteredOn(e -> e.toStatus() == IdeaStatus.SHORTLISTED
                || e.toStatus() == IdeaStatus.NOT_PURSUED).hasSize(1);
    }

    @Test
    void theLoserOfARaceToClaimATaskReadsThatAColleagueTookIt() throws Exception {
        for (int round = 0; round < 6; round++) {
            Users.loginAs(Users.PARTNER);
            IdeaSummary idea = ideas.submit(Submissions.titled("Tegelijk opgepakt"));
            Users.loginAs(Users.SCREENER);
            String taskId = driver.taskFor(idea, IdeaLifecycle.SCREEN_IDEA);
            CyclicBarrier together = new CyclicBarrier(2);

            Future<Object> first = executor.submit(() -> claim(taskId, together));
            Users.switchTo(Users.SECOND_SCREENER);
            Future<Object> second = executor.submit(() -> claim(taskId, together));
            List<Object> outcomes = List.of(first.get(90, TimeUnit.SECONDS), second.get(90, TimeUnit.SECONDS));

            assertThat(outcomes).as("round %d", round).filteredOn(outcome -> !(outcome instanceof PortalException))
                    .singleElement().isEqualTo("claimed");
            assertThat(outcomes).as("round %d", round).filteredOn(PortalException.class::isInstance).singleElement()
                    .extracting(failure -> ((PortalException) failure).getMessage())
                    .isEqualTo("task.already-claimed");
        }
    }

    @Test
    void aMergeDecisionEndsTheMergedIdeasProcessAndKeepsTheLineage() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary source = ideas.submit(Submissions.titled("Dubbel idee"));
        IdeaSummary target = ideas.submit(Submissions.titled("Oorspronkelijk idee"));
        Users.loginAs(Users.SCREENER);

        tasks.completeScreening(driver.taskFor(source, IdeaLifecycle.SCREEN_IDEA), new ScreeningForm(
                ScreeningForm.Decision.MERGE, null, target.number()));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(source.number()).count())
                .isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(target.number()).count())
                .isEqualTo(1);
        IdeaDetail merged = ideas.detail(source.number());
        assertThat(merged.summary().status()).isEqualTo(IdeaStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(target.number());
        assertThat(ideas.detail(target.number()).mergedFrom()).containsExactly(source.number());
        assertThat(catchThrowable(() -> tasks.completeScreening(driver.taskFor(target, IdeaLifecycle.SCREEN_IDEA),
                new ScreeningForm(ScreeningForm.Decision.MERGE, null, source.number()))))
                .isInstanceOf(PortalException.class).hasMessage("idea.closed");
    }

    @Test
    void aStepThatFailsLeavesNeitherTheDomainChangeNorTheTaskCompletion() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary closed = ideas.submit(Submissions.titled("Al afgewezen"));
        IdeaSummary idea = ideas.submit(Submissions.titled("Samen te voegen"));
        Users.loginAs(Users.SCREENER);
        tasks.completeScreening(driver.taskFor(closed, IdeaLifecycle.SCREEN_IDEA), new ScreeningForm(
                ScreeningForm.Decision.NOT_PURSUED, "Past niet"));
        String taskId = driver.taskFor(idea, IdeaLifecycle.SCREEN_IDEA);

        // claiming puts the idea "in screening"; the merge step then finds its target closed
        Throwable failed = catchThrowable(() -> tasks.completeScreening(taskId, new ScreeningForm(
                ScreeningForm.Decision.MERGE, null, closed.number())));

        assertThat(failed).isInstanceOf(PortalException.class).hasMessage("idea.closed");
        IdeaDetail untouched = ideas.detail(idea.number());
        assertThat(untouched.summary().status()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(untouched.timeline()).extracting(e -> e.type().name()).containsExactly("SUBMITTED");
        assertThat(tasks.listForCurrentUser()).filteredOn(t -> t.taskId().equals(taskId)).singleElement()
                .satisfies(t -> assertThat(t.assignee()).isNull());
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isZero();
    }

    @Test
    void managementDecidesASessionShortlistAtOnceAllOrNothing() {
        IdeaSummary first = toSelection("Eerste van de sessie");
        IdeaSummary second = toSelection("Tweede van de sessie");
        Users.loginAs(Users.MANAGEMENT);
        String firstTask = driver.awaitTask(first, IdeaLifecycle.DECIDE_SELECTION);
        String secondTask = driver.awaitTask(second, IdeaLifecycle.DECIDE_SELECTION);

        Throwable incomplete = catchThrowable(() -> tasks.decideSelections(List.of(
                new SelectionChoice(firstTask,
                        new DecisionForm(TaskDecision.SELECTED, null)),
                new SelectionChoice(secondTask,
                        new DecisionForm(TaskDecision.NOT_PURSUED, " ")))));
        assertThat(incomplete).isNotNull();
        assertThat(ideas.findByNumber(first.number()).status()).isEqualTo(IdeaStatus.SHORTLISTED);

        tasks.decideSelections(List.of(
                new SelectionChoice(firstTask,
                        new DecisionForm(TaskDecision.SELECTED, null)),
                new SelectionChoice(secondTask,
                        new DecisionForm(TaskDecision.PARKED, "Volgend jaar opnieuw bekijken"))));

        assertThat(ideas.findByNumber(first.number()).status()).isEqualTo(IdeaStatus.SELECTED);
        IdeaSummary parked = ideas.findByNumber(second.number());
        assertThat(parked.status()).isEqualTo(IdeaStatus.PARKED);
        assertThat(parked.statusReason()).isEqualTo("Volgend jaar opnieuw bekijken");
    }

    @Test
    void stepsRetriedAfterAFailureWriteNothingTwice() {
        Users.loginAs(Users.PARTNER);
        IdeaSummary idea = ideas.submit(Submissions.titled("Herhaalde stap"));

        for (int attempt = 0; attempt < 2; attempt++) {
            steps.takenUp(idea.number(), IdeaStatus.SUBMITTED, IdeaStatus.IN_SCREENING, Users.SCREENER);
            steps.record(idea.number(), IdeaEventType.ESCALATED, "programme-manager", IdeaLifecycle.ENGINE_ACTOR,
                    "retried:escalateScreening:1");
        }

        assertThat(ideas.detail(idea.number()).timeline()).extracting(TimelineEntry::type)
                .containsExactly(IdeaEventType.SUBMITTED, IdeaEventType.STATUS_CHANGED, IdeaEventType.ESCALATED);
    }

    @Test
    void theProgrammeManagerParksAnIdeaAtAnyStep() {
        IdeaSummary idea = toSelection("Geparkeerd door het programma");
        Users.loginAs(Users.MANAGEMENT);
        driver.awaitTask(idea, IdeaLifecycle.DECIDE_SELECTION);
        Users.loginAs(Users.PROGRAMME_MANAGER);

        workflow.park(idea.number(), "Wacht op de regionale subsidieronde");

        IdeaSummary parked = ideas.findByNumber(idea.number());
        assertThat(parked.status()).isEqualTo(IdeaStatus.PARKED);
        assertThat(parked.statusReason()).isEqualTo("Wacht op de regionale subsidieronde");
        assertThat(workflow.page(idea.number()).currentSteps()).isEmpty();
        assertThat(catchThrowable(() -> workflow.park(idea.number(), "Nog eens")))
                .isInstanceOf(PortalException.class).hasMessage("workflow.not-running");
    }

    @Test
    void theDemoIdeasWaitAtTheStepTheyHaveReached() {
        Users.loginAs(Users.PROGRAMME_MANAGER);
        List<TaskSummary> mine = tasks.listForCurrentUser();
        assertThat(mine).extracting(TaskSummary::taskKey).contains(IdeaLifecycle.PROPOSE_OWNER);

        Users.loginAs(Users.PARTNER);
        List<TaskSummary> partners = tasks.listForCurrentUser();
        assertThat(partners).extracting(TaskSummary::taskKey).isNotEmpty()
                .allMatch(key -> Set.of(IdeaLifecycle.CLARIFY_IDEA, IdeaLifecycle.ACCEPT_OWNERSHIP,
                        IdeaLifecycle.ELABORATE_IDEA, IdeaLifecycle.REPORT_COMPLETION).contains(key));
    }

    // ---- drivers

    private Object screen(String taskId, ScreeningForm.Decision decision, CyclicBarrier together) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            tasks.completeScreening(taskId, new ScreeningForm(decision, "Gelijktijdig"));
            return "done";
        } catch (PortalException lost) {
            return lost;
        }
    }

    private Object claim(String taskId, CyclicBarrier together) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            tasks.claim(taskId);
            return "claimed";
        } catch (PortalException lost) {
            return lost;
        }
    }

    private IdeaSummary toSelection(String title) {
        return driver.ideaWaitingAt(IdeaLifecycle.DECIDE_SELECTION, Users.PARTNER, title);
    }

    private IdeaSummary toRoleProposal(String title) {
        return driver.ideaWaitingAt(IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE, Users.PARTNER, title);
    }

    private String processOf(IdeaSummary idea) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(idea.number()).singleResult()
                .getId();
    }
}
