package nl.samenduurzaam.workflow.idea;

import nl.samenduurzaam.workflow.task.control.CandidateGroups;

import java.util.Set;

/** Keys of the {@code ideaLifecycle} BPMN model and its DMN table, shared by the steps, the boundaries and the tests. */
public final class IdeaLifecycle {

    public static final String PROCESS_KEY = "ideaLifecycle";
    public static final String ROLE_RULES_DECISION = "municipalRoleRules";
    public static final String WITHDRAWN_MESSAGE = "ideaWithdrawn";
    public static final String PARKED_MESSAGE = "ideaParked";

    // start and end events
    public static final String IDEA_SUBMITTED = "ideaSubmitted";
    public static final String IDEA_COMPLETED = "ideaCompleted";
    public static final String IDEA_NOT_PURSUED = "ideaNotPursued";
    public static final String IDEA_MERGED = "ideaMerged";
    public static final String IDEA_PARKED = "ideaParked";
    public static final String IDEA_PARKED_UNCLARIFIED = "ideaParkedUnclarified";
    public static final String IDEA_STOPPED = "ideaStopped";
    public static final String IDEA_WITHDRAWN = "ideaWithdrawn";
    public static final String IDEA_PARKED_BY_PROGRAMME = "ideaParkedByProgramme";

    // user tasks
    public static final String SCREEN_IDEA = "screenIdea";
    public static final String CLARIFY_IDEA = "clarifyIdea";
    public static final String ASSESS_IDEA = "assessIdea";
    public static final String DECIDE_SELECTION = "decideSelection";
    public static final String PROPOSE_OWNER = "proposeOwner";
    public static final String ACCEPT_OWNERSHIP = "acceptOwnership";
    public static final String PROPOSE_MUNICIPAL_ROLE = "proposeMunicipalRole";
    public static final String APPROVE_MUNICIPAL_ROLE = "approveMunicipalRole";
    public static final String ELABORATE_IDEA = "elaborateIdea";
    public static final String REVIEW_ELABORATION = "reviewElaboration";
    public static final String REPORT_COMPLETION = "reportCompletion";
    public static final String CONFIRM_COMPLETION = "confirmCompletion";
    /** The user tasks of an organisation (candidate group {@code organisation-{id}} in the model): its ball. */
    public static final Set<String> ORGANISATION_TASKS = Set.of(CLARIFY_IDEA, ACCEPT_OWNERSHIP, ELABORATE_IDEA,
            REPORT_COMPLETION);

    // steps without a person
    public static final String SUMMARISE_ASSESSMENTS = "summariseAssessments";
    public static final String EVALUATE_ROLE_RULES = "evaluateRoleRules";
    public static final String ESCALATE_SCREENING = "escalateScreening";

    // timers
    public static final String SCREENING_OVERDUE = "screeningOverdue";
    public static final String CLARIFICATION_EXPIRED = "clarificationExpired";
    public static final String OWNERSHIP_REMINDER_DUE = "ownershipReminderDue";
    public static final String OWNERSHIP_LAPSED = "ownershipLapsed";
    public static final String ELABORATION_REMINDER_DUE = "elaborationReminderDue";
    public static final String PROGRESS_REMINDER_DUE = "progressReminderDue";

    // variables set at the start: only what the model reads (the idea is the business key)
    public static final String PROPOSING_ORGANISATION_ID = "proposingOrganisationId";
    public static final String ASSESSORS_REQUIRED = "assessorsRequired";

    // variables set by the tasks and messages
    public static final String SCREENING_DECISION = "screeningDecision";
    public static final String DECISION_REASON = "decisionReason";
    public static final String MERGE_TARGET = "mergeTarget";
    public static final String CLARIFICATION = "clarification";
    public static final String WEIGHTED_SCORE = "weightedScore";
    public static final String SELECTION_DECISION = "selectionDecision";
    public static final String PROPOSED_OWNER_ID = "proposedOwnerId";
    public static final String OWNERSHIP_DECISION = "ownershipDecision";
    public static final String OWNER_ORGANISATION_ID = "ownerOrganisationId";
    public static final String ROLES = "roles";
    public static final String CONFLICT_JUSTIFIED = "conflictJustified";
    public static final String ROLE_PROPOSED_BY = "roleProposedBy";
    public static final String ROLE_RULES = "roleRules";
    public static final String ROLE_DECISION = "roleDecision";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String COMPLETION_DECISION = "completionDecision";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String PARKING_REASON = "parkingReason";

    /** Candidate group of a partner task: the contacts of one organisation ({@code organisation-42}). */
    public static final String ORGANISATION_GROUP_PREFIX = CandidateGroups.ORGANISATION_PREFIX;

    /** Two screeners assess every shortlisted idea unless the start says otherwise. */
    public static final int DEFAULT_ASSESSORS = 2;

    // timeline notes the steps record (message keys of the timeline)
    public static final String CLARIFICATION_EXPIRED_NOTE = "clarification-expired";
    public static final String OWNERSHIP_REMINDER_NOTE = "ownership-reminder";
    public static final String ELABORATION_REMINDER_NOTE = "elaboration-reminder";
    public static final String PROGRESS_REMINDER_NOTE = "progress-reminder";

    /** Who took a step when no person did (timers, the job executor). */
    public static final String ENGINE_ACTOR = "workflow";

    public static String organisationGroup(long organisationId) {
        return CandidateGroups.organisation(organisationId);
    }

    private IdeaLifecycle() {
    }
}
