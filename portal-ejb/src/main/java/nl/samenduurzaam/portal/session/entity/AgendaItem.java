package nl.samenduurzaam.portal.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One item of a session day's agenda: a start time ("09:30") and what happens. */
@Embeddable
public class AgendaItem {

    @Column(name = "starts_at", nullable = false, length = 5)
    private String startsAt;

    @Column(nullable = false, length = 300)
    private String title;

    protected AgendaItem() {
    }

    public AgendaItem(String startsAt, String title) {
        if (startsAt == null || !startsAt.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            throw new IllegalArgumentException("An agenda item starts at a time like 09:30");
        }
        this.startsAt = startsAt;
        this.title = Objects.requireNonNull(title);
    }

    public String getStartsAt() {
        return startsAt;
    }

    public String getTitle() {
        return title;
    }
}
