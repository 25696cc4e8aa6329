package nl.samenduurzaam.portal.session.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.session.control.SessionMail;
import nl.samenduurzaam.portal.session.entity.Registration;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.session.entity.SessionStatus;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Verdiepingssessies: everybody logged in reads them; partners register; the facilitator runs them. A partner sees
 * the registrations of its own organisation only.
 */
@Stateless
@RolesAllowed(PortalRoles.SIGNED_IN)
public class Sessions {

    private static final String SESSION = "session";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private AuditTrail audit;

    @Inject
    private SessionMail mail;

    @Inject
    private Clock clock;

    public List<SessionSummary> all() {
        return em.createNamedQuery(Session.ALL, Session.class).getResultStream().map(SessionSummary::of).toList();
    }

    public SessionDetail detail(@NotNull Long sessionId) {
        return detailOf(load(sessionId));
    }

    @RolesAllowed(PortalRoles.PARTNER)
    public SessionDetail register(@NotNull Long sessionId) {
        Session session = load(sessionId);
        Account account = callerAccount.get();
        boolean already = session.getRegistrations().stream()
                .anyMatch(registration -> registration.getAccount().getUsername().equals(account.getUsername()));
        session.register(account, clock.instant());
        if (!already) {
            mail.registered(session, account);
        }
        audit.done(caller.username(), "session.register", SESSION, sessionId.toString(), null);
        return detailOf(session);
    }

    @RolesAllowed(PortalRoles.PARTNER)
    public SessionDetail unregister(@NotNull Long sessionId) {
        Session session = load(sessionId);
        session.unregister(callerAccount.get());
        audit.done(caller.username(), "session.unregister", SESSION, sessionId.toString(), null);
        return detailOf(session);
    }

    @RolesAllowed({PortalRoles.FACILITATOR, PortalRoles.PROGRAMME_MANAGER})
    public SessionDetail moveTo(@NotNull Long sessionId, @NotNull SessionStatus next) {
        Session session = load(sessionId);
        session.moveTo(next);
        audit.done(caller.username(), "session.status", SESSION, sessionId.toString(), next.name());
        return detailOf(session);
    }

    @RolesAllowed(PortalRoles.FACILITATOR)
    public SessionDetail recordMinutes(@NotNull Long sessionId,
                                       @Size(max = 100_000, message = "{session.minutes.too-long}")
                                       @MultiLineText
                                       String minutes, long version) {
        Session session = load(sessionId);
        if (session.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        session.recordMinutes(minutes);
        em.flush();
        return detailOf(session);
    }

    private SessionDetail detailOf(Session session) {
        Account me = callerAccount.get();
        Set<String> roles = caller.roles();
        boolean seesAll = !roles.contains(PortalRoles.PARTNER) || roles.contains(PortalRoles.FACILITATOR)
                || PortalRoles.CIVIL_SERVANTS.stream().anyMatch(roles::contains);
        Organisation own = me.getOrganisation().orElse(null);
        List<SessionDetail.RegistrationView> registrations = session.getRegistrations().stream()
                .filter(r -> seesAll || (own != null && r.getOrganisation() != null
                        && Objects.equals(r.getOrganisation().getId(), own.getId())))
                .map(Sessions::view)
                .toList();
        boolean mine = session.getRegistrations().stream()
                .anyMatch(r -> r.getAccount().getUsername().equals(me.getUsername()));
        List<SessionDetail.Day> days = session.getDays().stream()
                .map(day -> new SessionDetail.Day(day.getDate(), day.getLocation(), day.getAgenda().stream()
                        .map(item -> new SessionDetail.AgendaEntry(item.getStartsAt(), item.getTitle())).toList()))
                .toList();
        return new SessionDetail(SessionSummary.of(session), session.getDescription(), days, registrations, mine,
                session.getMinutes(), session.getVersion());
    }

    private static SessionDetail.RegistrationView view(Registration registration) {
        return new SessionDetail.RegistrationView(registration.getAccount().getDisplayName(),
                SessionSummary.nameOf(registration.getOrganisation()), registration.getRegisteredAt());
    }

    private Session load(Long sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null) {
            throw new NotFoundException("session.not-found");
        }
        return session;
    }
}
