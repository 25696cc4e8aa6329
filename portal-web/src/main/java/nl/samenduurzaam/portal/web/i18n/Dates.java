package nl.samenduurzaam.portal.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and ages as the municipality's users read them: their language, Dutch time. */
@Named
@ApplicationScoped
public class Dates {

    /** The municipality's time zone: dates are days in Sittard-Geleen, whatever the server's zone. */
    public static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Texts.currentLocale()).withZone(MUNICIPALITY_ZONE).format(instant);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Texts.currentLocale()).withZone(MUNICIPALITY_ZONE).format(instant);
    }

    public String localDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.currentLocale()).format(date);
    }

    public long ageInDays(Instant since) {
        return since == null ? 0 : Duration.between(since, Instant.now()).toDays();
    }

    public boolean isOverdue(Instant due) {
        return due != null && due.isBefore(Instant.now());
    }
}
