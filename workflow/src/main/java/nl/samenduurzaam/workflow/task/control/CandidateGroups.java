package nl.samenduurzaam.workflow.task.control;

/**
 * The engine's candidate groups beyond the portal roles: an organisation's tasks are offered to the group of that
 * organisation. Here, beside task access, so that the task feature does not depend on any process's constants.
 */
public final class CandidateGroups {

    public static final String ORGANISATION_PREFIX = "organisation-";

    private CandidateGroups() {
    }

    public static String organisation(long organisationId) {
        return ORGANISATION_PREFIX + organisationId;
    }
}
