package nl.samenduurzaam.workflow.task.control;

import java.util.Optional;

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

    /** The organisation a candidate group stands for; empty for a group of a role (or a user's link). */
    public static Optional<Long> organisationOf(String groupId) {
        if (groupId == null || !groupId.startsWith(ORGANISATION_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(groupId.substring(ORGANISATION_PREFIX.length())));
        } catch (NumberFormatException notAnOrganisation) {
            return Optional.empty();
        }
    }
}
