package nl.samenduurzaam.portal.session.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A session with its days and agenda; registrations as far as the caller may see them. */
public record SessionDetail(SessionSummary summary, String description, List<Day> days,
                            List<RegistrationView> registrations, boolean registeredByMe, String minutes,
                            long version) implements Serializable {

    public record Day(LocalDate date, String location, List<AgendaEntry> agenda) implements Serializable {
    }

    public record AgendaEntry(String startsAt, String title) implements Serializable {
    }

    public record RegistrationView(String name, String organisation, Instant registeredAt) implements Serializable {
    }
}
