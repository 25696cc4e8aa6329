package nl.samenduurzaam.portal.session.boundary;

import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.session.entity.SessionDay;
import nl.samenduurzaam.portal.session.entity.SessionStatus;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

public record SessionSummary(long id, String title, SessionStatus status, List<ThemeSummary> themes,
                             LocalDate firstDay, LocalDate lastDay, String facilitator) implements Serializable {

    static SessionSummary of(Session session) {
        List<LocalDate> dates = session.getDays().stream().map(SessionDay::getDate).sorted().toList();
        return new SessionSummary(session.getId(), session.getTitle(), session.getStatus(),
                session.getThemes().stream().map(ThemeSummary::of).toList(),
                dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
                session.getFacilitator() == null ? null : session.getFacilitator().getName());
    }

    static String nameOf(Organisation organisation) {
        return organisation == null ? null : organisation.getName();
    }
}
