package nl.samenduurzaam.portal.insight.boundary;

import java.io.Serializable;

import nl.samenduurzaam.portal.insight.entity.InsightStatus;

/** How many dots an insight received in its session's dot vote. */
public record VoteResult(long insightId, String themeCode, String text, String clusterName, InsightStatus status,
                         long dots) implements Serializable {
}
