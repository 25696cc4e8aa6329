package nl.samenduurzaam.workflow.report.boundary;

import java.io.Serializable;
import java.time.Duration;

/** How long one step of the idea lifecycle took: how often it was done, the median and the 90th percentile. */
public record StepLeadTime(String activityId, long count, Duration median, Duration p90) implements Serializable {
}
