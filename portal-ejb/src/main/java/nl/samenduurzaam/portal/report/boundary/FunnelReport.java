package nl.samenduurzaam.portal.report.boundary;

import nl.samenduurzaam.portal.idea.entity.IdeaStatus;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * How far the programme's ideas got: the stages in order with how many ideas reached each (and the conversion from
 * the stage before), and where ideas left the main path.
 */
public record FunnelReport(ReportFilter filter, List<Stage> stages, Map<IdeaStatus, Long> sideExits)
        implements Serializable {

    public FunnelReport {
        stages = List.copyOf(stages);
        sideExits = Map.copyOf(sideExits);
    }

    /**
     * A stage of the funnel: its key, the count, and the share of the previous stage in percent (null where the stage
     * is a new base, as the ideas are, or when the previous one is empty). The definition of each stage is the text
     * {@code report.funnel.<key>.definition}.
     */
    public record Stage(String key, long count, Double conversionPercent) implements Serializable {
    }
}
