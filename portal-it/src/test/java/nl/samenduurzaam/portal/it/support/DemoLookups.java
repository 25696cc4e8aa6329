package nl.samenduurzaam.portal.it.support;

import jakarta.enterprise.inject.spi.CDI;
import nl.samenduurzaam.portal.organisation.boundary.OrganisationSummary;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;

/** The demo data's organisations and first session, looked up as the logged-in user (in-container). */
public final class DemoLookups {

    private DemoLookups() {
    }

    /** The id of a demo organisation; the caller must be allowed to list organisations. */
    public static long organisationId(String name) {
        return CDI.current().select(Organisations.class).get().all().stream()
                .filter(organisation -> organisation.name().equals(name)).map(OrganisationSummary::id)
                .findFirst().orElseThrow(() -> new AssertionError("No organisation " + name));
    }

    /** The demo programme's first, closed session (the two-day co-creation session). */
    public static SessionSummary firstSession() {
        return CDI.current().select(Sessions.class).get().all().stream()
                .filter(session -> session.title().startsWith("Tweedaagse verdiepingssessie"))
                .findFirst().orElseThrow();
    }
}
