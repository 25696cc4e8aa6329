package nl.samenduurzaam.workflow.idea;

import nl.samenduurzaam.portal.assessment.control.AssessmentScores;
import nl.samenduurzaam.portal.idea.boundary.LifecycleSteps;
import nl.samenduurzaam.portal.idea.entity.IdeaEventType;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.workflow.test.InMemoryProcessEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import static nl.samenduurzaam.workflow.idea.IdeaLifecycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every path of {@code ideaLifecycle}, with the real steps bean over a mocked domain and timers fired by moving the
 * engine clock. The coverage extension fails the class below 100% of flow nodes and sequence flows.
 */
@Deployment(resources = {"bpmn/ideaLifecycle.bpmn", "dmn/municipalRoleRules.dmn"})
class IdeaLifecycleTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder(InMemoryProcessEngine.withCoverage(InMemoryProcessEngine.configuration("idea-lifecycle-tests")))
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final long PROPOSER = 3L;
    private static final long OWNER = 7L;
    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    private final LifecycleSteps domain = mock(LifecycleSteps.class);
    private final AssessmentScores scores = mock(AssessmentScores.class);
    private int ideas;

    @BeforeEach
    void registerSteps() {
        BpmnAwareTests.init(engine());   // the role rules tests run their own engine in the same JVM
        Mocks.register("ideaSteps", new IdeaSteps(domain, scores));
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        engine().getIdentityService().clearAuthentication();
    }

    // ---- screening

    @Test
    void submittedIdeaWaitsForTheScreenersWithinTenDays() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(SCREEN_IDEA);
        Task screening = task(instance);
        assertThat(screening).hasCandidateGroup("screener").isNotAssigned().hasDueDate(Date.from(START.plus(days(10))));
        verify(domain, never()).takenUp(anyString(), any(), any(), anyString());
    }

    @Test
    void aScreenerClaimingTheIdeaPutsItInScreening() {
        ProcessInstance instance = start();

        engine().getTaskService().claim(task(instance).getId(), "beoordelaar");

        verify(domain).takenUp(instance.getBusinessKey(), IdeaStatus.SUBMITTED, IdeaStatus.IN_SCREENING,
                "beoordelaar");
    }

    @Test
    void screeningOverdueAfterTenDaysIsEscalatedToTheProgrammeManagerWhileTheTaskStays() {
        ProcessInstance instance = start();
        Job overdue = timer(instance, SCREENING_OVERDUE);
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(START.plus(days(10))));

        later(days(10));
        execute(overdue);
        execute(job(instance, ESCALATE_SCREENING));

        assertThat(instance).hasPassed(ESCALATE_SCREENING, "screeningEscalated").isWaitingAt(SCREEN_IDEA);
        assertThat(groupsOf(task(instance))).containsExactlyInAnyOrder("screener", "programme-manager");
        verify(domain).screeningEscalated(eq(instance.getBusinessKey()), eq("programme-manager"), eq(ENGINE_ACTOR),
                anyString(), eq("/tasks/task.xhtml?id=" + task(instance).getId()));
    }

    @Test
    void theScreenersAreToldOfANewScreeningTask() {
        ProcessInstance instance = start();

        verify(domain).groupTaskCreated(instance.getBusinessKey(), Set.of("screener"), SCREEN_IDEA,
                "/tasks/task.xhtml?id=" + task(instance).getId());
    }

    @Test
    void clarificationGoesToTheProposingOrganisationAndBackToScreening() {
        ProcessInstance instance = start();

        screen(instance, "CLARIFY", Map.of(DECISION_REASON, "Welke wijk?"));

        assertThat(instance).isWaitingAt(CLARIFY_IDEA);
        Task clarify = task(instance);
        assertThat(groupsOf(clarify)).containsExactly("organisation-" + PROPOSER);
        assertThat(clarify.getDueDate()).isEqualTo(Date.from(START.plus(days(30))));
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.CLARIFICATION_REQUESTED, "Welke wijk?",
                "beoordelaar");
        verify(domain).organisationTaskCreated(instance.getBusinessKey(), PROPOSER, MailTemplate.TASK_CLARIFY_IDEA,
                "/partner/ideas.xhtml?task=" + clarify.getId(), "Welke wijk?");

        as("partner");
        complete(clarify, withVariables(CLARIFICATION, "Limbrichterveld"));

        assertThat(instance).hasPassedInOrder(CLARIFY_IDEA, "resumeScreening").isWaitingAt(SCREEN_IDEA);
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.IN_SCREENING, "Limbrichterveld", "partner");
    }

    @Test
    void noClarificationWithinThirtyDaysParksTheIdea() {
        ProcessInstance instance = start();
        screen(instance, "CLARIFY", Map.of(DECISION_REASON, "Welke wijk?"));

        later(days(30));
        execute(timer(instance, CLARIFICATION_EXPIRED));

        assertThat(instance).hasPassed("parkUnclarified").isEnded();
        assertThat(instance).hasPassed(IDEA_PARKED_UNCLARIFIED);
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.PARKED, null, ENGINE_ACTOR);
        verify(domain).record(eq(instance.getBusinessKey()), eq(IdeaEventType.NOTIFIED), eq(IdeaLifecycle.CLARIFICATION_EXPIRED_NOTE),
                eq(ENGINE_ACTOR), anyString());
    }

    @Test
    void aDuplicateIsMergedIntoTheOtherIdea() {
        ProcessInstance instance = start();

        screen(instance, "MERGE", Map.of(MERGE_TARGET, "SD-2026-0001"));

        assertThat(instance).hasPassed("recordMerge", IDEA_MERGED).isEnded();
        verify(domain).merge(instance.getBusinessKey(), "SD-2026-0001", "beoordelaar");
    }

    @Test
    void anIdeaNotPursuedAtScreeningEndsWithTheReason() {
        ProcessInstance instance = start();

        screen(instance, "NOT_PURSUED", Map.of(DECISION_REASON, "Valt buiten de opgaven"));

        assertThat(instance).hasPassed("notPursuedJoin", "recordNotPursued", IDEA_NOT_PURSUED).isEnded();
        verify(domain).notPursue(instance.getBusinessKey(), "Valt buiten de opgaven", "beoordelaar");
    }

    // ---- assessment and selection

    @Test
    void aShortlistedIdeaIsAssessedByTwoScreenersInParallelThenGoesToManagement() {
        ProcessInstance instance = start();
        when(scores.weightedScore(instance.getBusinessKey())).thenReturn(Optional.of(new BigDecimal("3.75")));

        screen(instance, "SHORTLIST", Map.of());

        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.SHORTLISTED, null, "beoordelaar");
        List<Task> assessments = tasks(instance);
        assertThat(assessments).hasSize(2).allSatisfy(t -> {
            assertThat(t.getTaskDefinitionKey()).isEqualTo(ASSESS_IDEA);
            assertThat(groupsOf(t)).containsExactly("screener");
        });
        // the screeners are told of the parallel assessments once
        verify(domain).groupTaskCreated(eq(instance.getBusinessKey()), eq(Set.of("screener")), eq(ASSESS_IDEA),
                startsWith("/tasks/task.xhtml?id="));
        as("beoordelaar");
        complete(assessments.get(0));
        assertThat(instance).isWaitingAt(ASSESS_IDEA);
        as("beoordelaar2");
        complete(assessments.get(1));

        assertThat(instance).isWaitingAt(SUMMARISE_ASSESSMENTS);   // asynchronous: the last assessor does not wait
        execute(job(instance, SUMMARISE_ASSESSMENTS));

        assertThat(instance).isWaitingAt(DECIDE_SELECTION).variables().containsEntry(WEIGHTED_SCORE, 3.75);
        assertThat(task(instance)).hasCandidateGroup("management");
    }

    @Test
    void aReasonGivenWithAPositiveDecisionReachesTheTimelineAndHandingInCarriesNone() {
        ProcessInstance instance = start();
        screen(instance, "SHORTLIST", Map.of(DECISION_REASON, "Past goed bij de opgave"));
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.SHORTLISTED, "Past goed bij de opgave",
                "beoordelaar");

        ProcessInstance elaborating = toElaboration();
        // the role approval's reason is still a variable of the process: handing the plan in is no decision
        engine().getRuntimeService().setVariable(elaborating.getId(), DECISION_REASON, "Rol past bij het plan");
        as("partner");
        complete(task(elaborating));
        verify(domain).moveTo(elaborating.getBusinessKey(), IdeaStatus.IN_REVIEW, null, "partner");
        as("beoordelaar");
        complete(task(elaborating), withVariables(REVIEW_DECISION, "APPROVE", DECISION_REASON, "Sterk plan"));
        verify(domain).moveTo(elaborating.getBusinessKey(), IdeaStatus.IMPLEMENTING, "Sterk plan", "beoordelaar");
    }

    @Test
    void managementSelectsAndTheProgrammeManagerProposesAnOwner() {
        ProcessInstance instance = toSelection();

        decide(instance, "SELECTED");

        assertThat(instance).isWaitingAt(PROPOSE_OWNER);
        assertThat(task(instance)).hasCandidateGroup("programme-manager");
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.SELECTED, null, "management");
    }

    @Test
    void managementParksAnIdeaWithTheReason() {
        ProcessInstance instance = toSelection();

        decide(instance, "PARKED", Map.of(DECISION_REASON, "Eerst budget"));

        assertThat(instance).hasPassed("selectionDecided", "recordParked", IDEA_PARKED).isEnded();
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.PARKED, "Eerst budget", "management");
    }

    @Test
    void managementDoesNotPursueAnIdeaWithTheReason() {
        ProcessInstance instance = toSelection();

        decide(instance, "NOT_PURSUED", Map.of(DECISION_REASON, "Te weinig impact"));

        assertThat(instance).hasPassed("notPursuedJoin", "recordNotPursued", IDEA_NOT_PURSUED).isEnded();
        verify(domain).notPursue(instance.getBusinessKey(), "Te weinig impact", "management");
    }

    // ---- ownership

    @Test
    void theProposedOrganisationAcceptsOwnership() {
        ProcessInstance instance = toOwnershipAcceptance();

        Task accept = task(instance);
        assertThat(groupsOf(accept)).containsExactly("organisation-" + OWNER);
        assertThat(accept.getDueDate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(days(28))));
        verify(domain).ownerProposed(eq(instance.getBusinessKey()), eq(OWNER), eq("programmamanager"), anyString());
        verify(domain).organisationTaskCreated(instance.getBusinessKey(), OWNER, MailTemplate.TASK_ACCEPT_OWNERSHIP,
                "/partner/ideas.xhtml?task=" + accept.getId(), null);

        as("partner");
        complete(accept, withVariables(OWNERSHIP_DECISION, "ACCEPT"));

        assertThat(instance).isWaitingAt(PROPOSE_MUNICIPAL_ROLE).variables().containsEntry(OWNER_ORGANISATION_ID, OWNER);
        assertThat(task(instance)).hasCandidateGroup("role-holder");
        verify(domain).acceptOwnership(instance.getBusinessKey(), OWNER, "partner");
    }

    @Test
    void aDeclinedOwnershipGoesBackToTheProgrammeManager() {
        ProcessInstance instance = toOwnershipAcceptance();

        as("partner");
        complete(task(instance), withVariables(OWNERSHIP_DECISION, "DECLINE", DECISION_REASON, "Geen capaciteit"));

        assertThat(instance).hasPassed("recordOwnershipDeclined").isWaitingAt(PROPOSE_OWNER);
        verify(domain).ownerProposalEnded(eq(instance.getBusinessKey()), eq(IdeaEventType.OWNERSHIP_DECLINED),
                eq("Geen capaciteit"), eq("partner"), anyString());
        verify(domain, never()).acceptOwnership(anyString(), anyLong(), anyString());
    }

    @Test
    void theProposedOwnerIsRemindedAfterFourteenDaysAndTheProposalLapsesAfterTwentyEight() {
        ProcessInstance instance = toOwnershipAcceptance();

        later(days(14));
        execute(timer(instance, OWNERSHIP_REMINDER_DUE));
        execute(job(instance, "remindOwnership"));
        assertThat(instance).hasPassed("ownershipReminded").isWaitingAt(ACCEPT_OWNERSHIP);
        verify(domain).remind(eq(instance.getBusinessKey()), eq(IdeaLifecycle.OWNERSHIP_REMINDER_NOTE),
                eq(ENGINE_ACTOR), anyString(), eq(OWNER), eq(MailTemplate.REMINDER_OWNERSHIP),
                eq("/partner/ideas.xhtml?task=" + task(instance).getId()));

        later(days(14));
        execute(timer(instance, OWNERSHIP_LAPSED));

        assertThat(instance).hasPassed("recordOwnershipLapsed").isWaitingAt(PROPOSE_OWNER);
        verify(domain).ownerProposalEnded(eq(instance.getBusinessKey()), eq(IdeaEventType.OWNERSHIP_LAPSED),
                isNull(), eq(ENGINE_ACTOR), anyString());
    }

    // ---- municipal role

    @Test
    void aRoleWithoutConflictIsApprovedByManagement() {
        ProcessInstance instance = toRoleProposal();

        proposeRoles(instance, List.of("FACILITATOR", "CONNECTOR"), false);

        assertThat(instance).hasPassed(EVALUATE_ROLE_RULES).isWaitingAt(APPROVE_MUNICIPAL_ROLE);
        assertThat(task(instance)).hasCandidateGroup("management");
        as("management");
        complete(task(instance), withVariables(ROLE_DECISION, "APPROVE"));

        assertThat(instance).hasPassed("recordRoleAssigned").hasNotPassed("recordInElaboration")
                .isWaitingAt(ELABORATE_IDEA);
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.ROLE_ASSIGNED, null, "management");
        verify(domain, never()).takenUp(anyString(), eq(IdeaStatus.ROLE_ASSIGNED), any(), anyString());
    }

    @Test
    void conflictingRolesWithoutJustificationGoBackToTheRoleHolder() {
        ProcessInstance instance = toRoleProposal();

        proposeRoles(instance, List.of("FUNDER", "REGULATOR"), false);

        assertThat(instance).hasPassed("roleRulesChecked").isWaitingAt(PROPOSE_MUNICIPAL_ROLE);
        proposeRoles(instance, List.of("FUNDER", "REGULATOR"), true);
        assertThat(instance).isWaitingAt(APPROVE_MUNICIPAL_ROLE);
    }

    @Test
    void managementSendsTheRoleProposalBack() {
        ProcessInstance instance = toRoleProposal();
        proposeRoles(instance, List.of("CONNECTOR"), false);

        as("management");
        complete(task(instance), withVariables(ROLE_DECISION, "SEND_BACK"));

        assertThat(instance).hasPassed("roleDecided").isWaitingAt(PROPOSE_MUNICIPAL_ROLE);
    }

    // ---- elaboration and realisation

    @Test
    void theOwnerElaboratesAndAScreenerApprovesTheElaboration() {
        ProcessInstance instance = toElaboration();
        Task elaborate = task(instance);
        assertThat(groupsOf(elaborate)).containsExactly("organisation-" + OWNER);

        as("partner");
        engine().getTaskService().claim(elaborate.getId(), "partner");
        verify(domain).takenUp(instance.getBusinessKey(), IdeaStatus.ROLE_ASSIGNED, IdeaStatus.IN_ELABORATION,
                "partner");
        complete(elaborate);

        assertThat(instance).isWaitingAt(REVIEW_ELABORATION);
        assertThat(task(instance)).hasCandidateGroup("screener");
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.IN_REVIEW, null, "partner");
        as("beoordelaar");
        complete(task(instance), withVariables(REVIEW_DECISION, "APPROVE"));

        assertThat(instance).isWaitingAt(REPORT_COMPLETION);
        assertThat(groupsOf(task(instance))).containsExactly("organisation-" + OWNER);
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.IMPLEMENTING, null, "beoordelaar");
    }

    @Test
    void aRevisionGoesBackToTheOwner() {
        ProcessInstance instance = toElaboration();
        as("partner");
        complete(task(instance));

        as("beoordelaar");
        complete(task(instance), withVariables(REVIEW_DECISION, "REVISE"));

        assertThat(instance).hasPassed("reviewDecided", "recordInElaboration", "elaborationRequested")
                .isWaitingAt(ELABORATE_IDEA);
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.IN_ELABORATION, null, "beoordelaar");
    }

    @Test
    void aStoppedElaborationEndsTheIdeaWithTheReason() {
        ProcessInstance instance = toElaboration();
        as("partner");
        complete(task(instance));

        as("beoordelaar");
        complete(task(instance), withVariables(REVIEW_DECISION, "STOP", DECISION_REASON, "Geen haalbaar plan"));

        assertThat(instance).hasPassed("recordStopped", IDEA_STOPPED).isEnded();
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.STOPPED, "Geen haalbaar plan", "beoordelaar");
    }

    @Test
    void theOwnerIsRemindedEveryMonthWhileElaborating() {
        ProcessInstance instance = toElaboration();

        for (int month = 1; month <= 2; month++) {
            later(days(30));
            execute(timer(instance, ELABORATION_REMINDER_DUE));
            execute(job(instance, "remindElaboration"));
        }

        assertThat(instance).hasPassed("elaborationReminded").isWaitingAt(ELABORATE_IDEA);
        verify(domain, times(2)).remind(eq(instance.getBusinessKey()), eq(IdeaLifecycle.ELABORATION_REMINDER_NOTE),
                eq(ENGINE_ACTOR), anyString(), eq(OWNER), eq(MailTemplate.REMINDER_ELABORATION),
                eq("/partner/elaboration.xhtml?idea=" + instance.getBusinessKey()));
        verify(domain).organisationTaskCreated(instance.getBusinessKey(), OWNER, MailTemplate.TASK_ELABORATE_IDEA,
                "/partner/elaboration.xhtml?idea=" + instance.getBusinessKey(), null);
    }

    @Test
    void completionReportedByTheOwnerAndConfirmedByAScreenerCompletesTheIdea() {
        ProcessInstance instance = toRealisation();

        as("partner");
        complete(task(instance));
        assertThat(instance).isWaitingAt(CONFIRM_COMPLETION);
        as("beoordelaar");
        complete(task(instance), withVariables(COMPLETION_DECISION, "CONFIRM"));

        assertThat(instance).hasPassed("recordCompleted", IDEA_COMPLETED).isEnded();
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.COMPLETED, null, "beoordelaar");
    }

    @Test
    void aCompletionNotYetConfirmedGoesBackToTheOwnerWhoIsAskedForProgressMonthly() {
        ProcessInstance instance = toRealisation();

        later(days(30));
        execute(timer(instance, PROGRESS_REMINDER_DUE));
        execute(job(instance, "remindProgress"));
        assertThat(instance).hasPassed("progressReminded");
        as("partner");
        complete(task(instance));
        as("beoordelaar");
        complete(task(instance), withVariables(COMPLETION_DECISION, "NOT_YET"));

        assertThat(instance).hasPassed("completionDecided", "completionReportRequested").isWaitingAt(REPORT_COMPLETION);
        verify(domain).remind(eq(instance.getBusinessKey()), eq(IdeaLifecycle.PROGRESS_REMINDER_NOTE),
                eq(ENGINE_ACTOR), anyString(), eq(OWNER), eq(MailTemplate.REMINDER_PROGRESS),
                eq("/partner/elaboration.xhtml?idea=" + instance.getBusinessKey()));
        // the report was asked for again: a second task, a second mail
        verify(domain, times(2)).organisationTaskCreated(instance.getBusinessKey(), OWNER,
                MailTemplate.TASK_REPORT_COMPLETION, "/partner/elaboration.xhtml?idea=" + instance.getBusinessKey(),
                null);
    }

    @Test
    void theWholeMainPathChangesTheStatusInOrder() {
        ProcessInstance instance = toRealisation();
        as("partner");
        complete(task(instance));
        as("beoordelaar");
        complete(task(instance), withVariables(COMPLETION_DECISION, "CONFIRM"));

        String number = instance.getBusinessKey();
        InOrder order = inOrder(domain);
        order.verify(domain).moveTo(eq(number), eq(IdeaStatus.SHORTLISTED), any(), anyString());
        order.verify(domain).moveTo(eq(number), eq(IdeaStatus.SELECTED), any(), anyString());
        order.verify(domain).acceptOwnership(eq(number), eq(OWNER), anyString());
        order.verify(domain).moveTo(eq(number), eq(IdeaStatus.ROLE_ASSIGNED), any(), anyString());
        order.verify(domain).takenUp(eq(number), eq(IdeaStatus.ROLE_ASSIGNED), eq(IdeaStatus.IN_ELABORATION),
                anyString());
        order.verify(domain).moveTo(eq(number), eq(IdeaStatus.IN_REVIEW), any(), anyString());
        order.verify(domain).moveTo(eq(number), eq(IdeaStatus.IMPLEMENTING), any(), anyString());
        order.verify(domain).moveTo(eq(number), eq(IdeaStatus.COMPLETED), any(), anyString());
        assertThat(instance).isEnded();
    }

    // ---- at any point

    @Test
    void theProposingOrganisationWithdrawsTheIdeaAtAnyStep() {
        ProcessInstance instance = toElaboration();

        as("partner");
        correlate(instance, WITHDRAWN_MESSAGE, Map.of(WITHDRAWAL_REASON, "Partner stopt"));

        assertThat(instance).hasPassed("withdrawalRequested", "recordWithdrawal", IDEA_WITHDRAWN).isEnded();
        assertThat(tasks(instance)).isEmpty();
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.WITHDRAWN, "Partner stopt", "partner");
    }

    @Test
    void theProgrammeManagerParksTheIdeaAtAnyStep() {
        ProcessInstance instance = toSelection();

        as("programmamanager");
        correlate(instance, PARKED_MESSAGE, Map.of(PARKING_REASON, "Wacht op subsidie"));

        assertThat(instance).hasPassed("parkingRequested", "recordParking", IDEA_PARKED_BY_PROGRAMME).isEnded();
        verify(domain).moveTo(instance.getBusinessKey(), IdeaStatus.PARKED, "Wacht op subsidie", "programmamanager");
    }

    // ---- drivers

    private ProcessInstance start() {
        String number = "SD-2026-%04d".formatted(++ideas);
        return engine().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, number, Variables.createVariables()
                .putValue(PROPOSING_ORGANISATION_ID, PROPOSER)
                .putValue(ASSESSORS_REQUIRED, DEFAULT_ASSESSORS));
    }

    private void screen(ProcessInstance instance, String decision, Map<String, Object> variables) {
        as("beoordelaar");
        Task task = task(instance);
        engine().getTaskService().claim(task.getId(), "beoordelaar");
        complete(task, withVariables(SCREENING_DECISION, decision, DECISION_REASON, variables.get(DECISION_REASON),
                MERGE_TARGET, variables.get(MERGE_TARGET)));
    }

    private ProcessInstance toSelection() {
        ProcessInstance instance = start();
        screen(instance, "SHORTLIST", Map.of());
        for (Task assessment : tasks(instance)) {
            complete(assessment);
        }
        execute(job(instance, SUMMARISE_ASSESSMENTS));
        return instance;
    }

    private void decide(ProcessInstance instance, String decision) {
        decide(instance, decision, Map.of());
    }

    private void decide(ProcessInstance instance, String decision, Map<String, Object> variables) {
        as("management");
        complete(task(instance), withVariables(SELECTION_DECISION, decision, DECISION_REASON,
                variables.get(DECISION_REASON)));
    }

    private ProcessInstance toOwnershipAcceptance() {
        ProcessInstance instance = toSelection();
        decide(instance, "SELECTED");
        as("programmamanager");
        complete(task(instance), withVariables(PROPOSED_OWNER_ID, OWNER));
        assertThat(instance).isWaitingAt(ACCEPT_OWNERSHIP);
        return instance;
    }

    private ProcessInstance toRoleProposal() {
        ProcessInstance instance = toOwnershipAcceptance();
        as("partner");
        complete(task(instance), withVariables(OWNERSHIP_DECISION, "ACCEPT"));
        return instance;
    }

    private void proposeRoles(ProcessInstance instance, List<String> roles, boolean justified) {
        String codes = String.join(",", roles);
        as("rolhouder");
        complete(task(instance), withVariables(ROLES, codes, CONFLICT_JUSTIFIED, justified,
                ROLE_PROPOSED_BY, "rolhouder"));
    }

    private ProcessInstance toElaboration() {
        ProcessInstance instance = toRoleProposal();
        proposeRoles(instance, List.of("CONNECTOR"), false);
        as("management");
        complete(task(instance), withVariables(ROLE_DECISION, "APPROVE"));
        return instance;
    }

    private ProcessInstance toRealisation() {
        ProcessInstance instance = toElaboration();
        as("partner");
        engine().getTaskService().claim(task(instance).getId(), "partner");
        complete(task(instance));
        as("beoordelaar");
        complete(task(instance), withVariables(REVIEW_DECISION, "APPROVE"));
        return instance;
    }

    private void correlate(ProcessInstance instance, String message, Map<String, Object> variables) {
        engine().getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .setVariables(variables)
                .correlate();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
    }

    private Job job(ProcessInstance instance, String activityId) {
        return engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    private List<Task> tasks(ProcessInstance instance) {
        return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    }

    private List<String> groupsOf(Task task) {
        return engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

    private void as(String user) {
        engine().getIdentityService().setAuthenticatedUserId(user);
    }

    private void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    private ProcessEngine engine() {
        return extension.getProcessEngine();
    }
}
