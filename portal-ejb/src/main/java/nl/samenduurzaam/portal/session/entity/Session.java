package nl.samenduurzaam.portal.session.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A verdiepingssessie: a co-creation session on one or more themes, over one or more days. */
@Entity
@Table(name = "portal_session")
@NamedQuery(name = Session.ALL, query = "select s from Session s order by s.id")
@NamedQuery(name = Session.WITH_DAY_ON, query = "select distinct d.session from SessionDay d where d.date = :date")
public class Session {

    public static final int MAX_DOTS = 10;

    public static final String ALL = "Session.all";
    /** The sessions with a day on the date. */
    public static final String WITH_DAY_ON = "Session.withDayOn";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 10000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SessionStatus status = SessionStatus.PLANNED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facilitator_organisation_id")
    private Organisation facilitator;

    @Column(length = 100000)
    private String minutes;

    @ManyToMany
    @OrderBy("position")
    @JoinTable(name = "session_theme", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SessionDay> days = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("registeredAt")
    private List<Registration> registrations = new ArrayList<>();

    @Column(name = "voting_open", nullable = false)
    private boolean votingOpen;

    @Column(name = "dots_per_participant", nullable = false)
    private int dotsPerParticipant = 3;

    @Version
    private long version;

    protected Session() {
    }

    public Session(String title, String description, Organisation facilitator, Set<Theme> themes) {
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.facilitator = facilitator;
        if (themes == null || themes.isEmpty()) {
            throw new IllegalArgumentException("A session works on at least one theme");
        }
        this.themes = new LinkedHashSet<>(themes);
    }

    public SessionDay addDay(LocalDate date, String location) {
        if (days.stream().anyMatch(day -> day.getDate().equals(date))) {
            throw new IllegalArgumentException("The session already has a day on " + date);
        }
        SessionDay day = new SessionDay(this, days.size(), date, location);
        days.add(day);
        return day;
    }

    public void moveTo(SessionStatus next) {
        if (!status.canMoveTo(next)) {
            throw new PortalException("session.status.not-next");
        }
        status = next;
    }

    /** Registers a person once; only while the session is open for registration. */
    public Registration register(Account account, Instant now) {
        if (status != SessionStatus.OPEN_FOR_REGISTRATION) {
            throw new PortalException("session.registration.closed");
        }
        return registrations.stream().filter(r -> r.getAccount().getUsername().equals(account.getUsername()))
                .findFirst()
                .orElseGet(() -> {
                    Registration registration = new Registration(this, account, now);
                    registrations.add(registration);
                    return registration;
                });
    }

    /** Withdraws a person's registration while registration is open; not being registered is fine. */
    public void unregister(Account account) {
        if (status != SessionStatus.OPEN_FOR_REGISTRATION) {
            throw new PortalException("session.registration.closed");
        }
        registrations.removeIf(r -> r.getAccount().getUsername().equals(account.getUsername()));
    }

    /** Opens the dot vote, while the session runs: every participant gets this many dots. */
    public void openVoting(int dots) {
        if (status != SessionStatus.RUNNING) {
            throw new PortalException("voting.not-running");
        }
        if (dots < 1 || dots > MAX_DOTS) {
            throw new IllegalArgumentException("Between 1 and " + MAX_DOTS + " dots");
        }
        votingOpen = true;
        dotsPerParticipant = dots;
    }

    public void closeVoting() {
        votingOpen = false;
    }

    /** Whether this account registered for the session: only participants vote. */
    public boolean isParticipant(Account account) {
        return registrations.stream().anyMatch(r -> r.getAccount().getUsername().equals(account.getUsername()));
    }

    public boolean isVotingOpen() {
        return votingOpen;
    }

    public int getDotsPerParticipant() {
        return dotsPerParticipant;
    }

    public void recordMinutes(String text) {
        this.minutes = text;
    }

    public boolean covers(Theme theme) {
        return themes.stream().anyMatch(t -> t.getId().equals(theme.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Organisation getFacilitator() {
        return facilitator;
    }

    public String getMinutes() {
        return minutes;
    }

    public Set<Theme> getThemes() {
        return Collections.unmodifiableSet(themes);
    }

    public List<SessionDay> getDays() {
        return Collections.unmodifiableList(days);
    }

    public List<Registration> getRegistrations() {
        return Collections.unmodifiableList(registrations);
    }

    public long getVersion() {
        return version;
    }
}
