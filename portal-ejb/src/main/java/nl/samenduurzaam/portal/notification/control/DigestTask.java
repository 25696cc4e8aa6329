package nl.samenduurzaam.portal.notification.control;

import java.time.Instant;

/** A task as the digest lists it: the idea's number and title, what is to be done (a task key), when, and where. */
public record DigestTask(String ideaNumber, String ideaTitle, String taskKey, Instant due, String path) {
}
