package nl.samenduurzaam.portal.insight.boundary;

import nl.samenduurzaam.portal.insight.entity.Insight;
import nl.samenduurzaam.portal.insight.entity.InsightStatus;

import java.io.Serializable;
import java.time.Instant;

public record InsightView(long id, long sessionId, String themeCode, String text, String author, Long clusterId,
                          String clusterName, InsightStatus status, Instant capturedAt) implements Serializable {

    static InsightView of(Insight insight) {
        return new InsightView(insight.getId(), insight.getSession().getId(), insight.getTheme().getCode(),
                insight.getText(), insight.getAuthor() == null ? null : insight.getAuthor().getDisplayName(),
                insight.getCluster() == null ? null : insight.getCluster().getId(),
                insight.getCluster() == null ? null : insight.getCluster().getName(), insight.getStatus(),
                insight.getCapturedAt());
    }
}
