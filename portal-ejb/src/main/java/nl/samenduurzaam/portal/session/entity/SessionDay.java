package nl.samenduurzaam.portal.session.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A day of a session: its date, location and agenda. */
@Entity
@Table(name = "session_day")
public class SessionDay {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 300)
    private String location;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "session_agenda_item", joinColumns = @JoinColumn(name = "day_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected SessionDay() {
    }

    SessionDay(Session session, int position, LocalDate date, String location) {
        this.session = session;
        this.position = position;
        this.date = Objects.requireNonNull(date);
        this.location = Objects.requireNonNull(location);
    }

    public SessionDay addAgendaItem(String startsAt, String title) {
        agenda.add(new AgendaItem(startsAt, title));
        return this;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLocation() {
        return location;
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }
}
