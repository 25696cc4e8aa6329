package nl.samenduurzaam.portal.report.boundary;

import jakarta.validation.constraints.AssertTrue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a report covers: ideas submitted (and work started) from the first day up to and including the last day, in
 * the municipality's time zone; a theme and a session narrow it down. Every part is optional.
 */
public record ReportFilter(LocalDate from, LocalDate until, Long themeId, Long sessionId) implements Serializable {

    public static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    public static ReportFilter everything() {
        return new ReportFilter(null, null, null, null);
    }

    @AssertTrue(message = "{report.period.order}")
    public boolean isPeriodInOrder() {
        return from == null || until == null || !until.isBefore(from);
    }

    /** The first instant of the period; the beginning of time when open. */
    public Instant start() {
        return from == null ? Instant.EPOCH : from.atStartOfDay(MUNICIPALITY).toInstant();
    }

    /** The first instant after the period; far in the future when open. */
    public Instant end() {
        return until == null ? Instant.parse("9999-01-01T00:00:00Z")
                : until.plusDays(1).atStartOfDay(MUNICIPALITY).toInstant();
    }
}
