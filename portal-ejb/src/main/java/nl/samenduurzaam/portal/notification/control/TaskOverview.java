package nl.samenduurzaam.portal.notification.control;

import java.util.List;

/**
 * A civil servant's tasks in the digest, each in one section: over time first, then their own due soon, then their
 * groups' due soon, then what is new; each section as long as it is, its first lines shown.
 */
public record TaskOverview(List<DigestTask> overdue, List<DigestTask> mine, List<DigestTask> dueSoon,
                           List<DigestTask> fresh) {

    public static final TaskOverview NONE = new TaskOverview(List.of(), List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return overdue.isEmpty() && mine.isEmpty() && dueSoon.isEmpty() && fresh.isEmpty();
    }
}
