package nl.samenduurzaam.portal.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.audit.entity.AuditEvent;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal keeps about the caller as a person (GDPR art. 15 and 20): the account, session
 * registrations, ideas submitted or co-authored, insights written, dots given, password reset requests, and the
 * audit log of the caller's own actions; as a JSON document.
 */
@Stateless
@RolesAllowed(PortalRoles.SIGNED_IN)
public class PersonalDataExport {

    private static final int MAX_AUDIT_ENTRIES = 5000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The caller's data as UTF-8 JSON; the export itself is written to the audit log. */
    public byte[] export() {
        Account me = callerAccount.get();
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("account", Json.createObjectBuilder()
                        .add("username", me.getUsername())
                        .add("displayName", me.getDisplayName())
                        .add("email", me.getEmail() == null ? "" : me.getEmail())
                        .add("organisation", me.getOrganisation().map(Organisation::getName).orElse(""))
                        .add("roles", Json.createArrayBuilder(me.getRoles().stream().sorted().toList()))
                        .add("language", me.getLocale().toLanguageTag()))
                .add("sessionRegistrations", rows("select r.session.title, r.registeredAt from Registration r "
                        + "where r.account = :account order by r.registeredAt", me, "session", "registeredAt"))
                .add("ideasSubmitted", rows("select i.number, i.title from Idea i where i.submittedBy = :account "
                        + "order by i.number", me, "number", "title"))
                .add("ideasCoAuthored", rows("select i.number, i.title from Idea i join i.coAuthors c "
                        + "where c = :account order by i.number", me, "number", "title"))
                .add("insightsWritten", rows("select i.session.title, i.text, i.capturedAt from Insight i "
                        + "where i.author = :account order by i.capturedAt", me, "session", "text", "capturedAt"))
                .add("dotsGiven", rows("select v.insight.session.title, v.insight.text, v.castAt from InsightVote v "
                        + "where v.account = :account order by v.castAt", me, "session", "insight", "castAt"))
                .add("passwordResetRequests", rows("select p.requestedAt, p.deliveredAt from PasswordResetRequest p "
                        + "where p.account = :account order by p.requestedAt", me, "requestedAt", "deliveredAt"))
                .add("ownActionsInTheAuditLog", auditOf(me));
        audit.done(me.getUsername(), "personal-data.export", "account", me.getUsername(), null);
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            writer.writeObject(document.build());
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonArrayBuilder rows(String jpql, Account account, String... names) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        List<Object[]> found = em.createQuery(jpql, Object[].class).setParameter("account", account).getResultList();
        for (Object[] values : found) {
            JsonObjectBuilder row = Json.createObjectBuilder();
            for (int i = 0; i < names.length; i++) {
                row.add(names[i], text(values[i]));
            }
            rows.add(row);
        }
        return rows;
    }

    private JsonArrayBuilder auditOf(Account account) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        em.createNamedQuery(AuditEvent.BY_ACTOR, AuditEvent.class).setParameter("actor", account.getUsername())
                .setMaxResults(MAX_AUDIT_ENTRIES).getResultStream()
                .forEach(event -> rows.add(Json.createObjectBuilder()
                        .add("at", event.getOccurredAt().toString())
                        .add("action", event.getAction())
                        .add("target", text(event.getTargetType()) + " " + text(event.getTargetId()))
                        .add("outcome", event.getOutcome().name())));
        return rows;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Instant instant ? instant.toString() : value.toString();
    }
}
