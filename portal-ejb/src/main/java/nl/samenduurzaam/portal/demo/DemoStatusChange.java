package nl.samenduurzaam.portal.demo;

import nl.samenduurzaam.portal.idea.entity.IdeaStatus;

import java.time.Instant;

/** A status a demo idea reached on its timeline, when and by whom: the workflow writes the history it implies. */
public record DemoStatusChange(String ideaNumber, IdeaStatus status, Instant at, String actor) {
}
