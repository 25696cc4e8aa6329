package nl.samenduurzaam.portal.it;

import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.LoginResult;
import nl.samenduurzaam.portal.account.boundary.NewAccount;
import nl.samenduurzaam.portal.account.boundary.PasswordChange;
import nl.samenduurzaam.portal.audit.boundary.AuditLog;
import nl.samenduurzaam.portal.audit.entity.AuditOutcome;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.it.support.HttpSession;
import nl.samenduurzaam.portal.it.support.Users;
import nl.samenduurzaam.portal.organisation.boundary.Organisations;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static nl.samenduurzaam.portal.it.support.Violations.templatesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A logged-in person changes their own password (ASVS 2.1.5, 2.1.6), in Payara. */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeIT {

    private static final String FIRST = "Het eerste wachtwoord!";
    private static final String CHOSEN = "fietsen langs de geleenbeek";

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Inject
    private AuditLog auditLog;

    @ArquillianResource
    private URL base;

    @Test
    void theNewPasswordWorksAndTheFirstNoLonger() {
        String username = newAccount();
        Users.loginAs(username, FIRST);

        accounts.changePassword(new PasswordChange(FIRST, CHOSEN));

        assertThat(accounts.authenticate(username, CHOSEN.toCharArray(), "192.0.2.30").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
        assertThat(accounts.authenticate(username, FIRST.toCharArray(), "192.0.2.30").outcome())
                .isEqualTo(LoginResult.Outcome.INVALID_CREDENTIALS);
        Users.loginAs(Users.ADMIN);
        assertThat(auditLog.ofActor(username, 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.password");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
        });
    }

    /** ASVS 3.3.3: whoever knew the old password loses the sessions it opened; the person changing it stays. */
    @Test
    void theChangeEndsTheAccountsOtherSessionsAndKeepsThisOne() throws Exception {
        String username = newAccount();
        HttpSession here = new HttpSession(base.toURI()).loginAs(username, FIRST);
        HttpSession elsewhere = new HttpSession(base.toURI()).loginAs(username, FIRST);
        String sessionBefore = here.sessionId();
        String page = here.get("me/data.xhtml").body();

        HttpResponse<String> changed = here.submit("me/data.xhtml", page, "password-form",
                "password-form:change-password", Map.of("password-form:current-password", FIRST,
                        "password-form:new-password", CHOSEN, "password-form:repeat-password", CHOSEN));

        assertThat(changed.body()).contains("Uw wachtwoord is gewijzigd");
        assertThat(here.sessionId()).as("a new session id for the new login").isNotEqualTo(sessionBefore);
        assertThat(here.get("partner/ideas.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> other = elsewhere.get("partner/ideas.xhtml");
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location")).get().asString().endsWith("/login.xhtml");
    }

    @Test
    void withoutTheRightCurrentPasswordNothingChangesAndTheAttemptIsAudited() {
        String username = newAccount();
        Users.loginAs(username, FIRST);

        assertThat(refusal(new PasswordChange("niet mijn wachtwoord", CHOSEN)))
                .isEqualTo("account.password.current.wrong");

        assertThat(accounts.authenticate(username, FIRST.toCharArray(), "192.0.2.31").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
        Users.loginAs(Users.ADMIN);
        assertThat(auditLog.ofActor(username, 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.password");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.REFUSED);
        });
    }

    @Test
    void guessingTheCurrentPasswordFromAnOpenSessionIsThrottled() {
        String username = newAccount();
        Users.loginAs(username, FIRST);
        for (int guess = 0; guess < 5; guess++) {
            assertThat(refusal(new PasswordChange("gok nummer " + guess, CHOSEN)))
                    .isEqualTo("account.password.current.wrong");
        }

        assertThat(refusal(new PasswordChange(FIRST, CHOSEN))).as("even the right one waits now")
                .isEqualTo("account.password.current.throttled");
    }

    @Test
    void aGuessableNewPasswordIsRefusedWithItsReason() {
        String username = newAccount();
        Users.loginAs(username, FIRST);

        assertThat(refusal(new PasswordChange(FIRST, "Wachtwoord2026"))).isEqualTo("account.password.common");
        assertThat(refusal(new PasswordChange(FIRST, "ik ben " + username + "!")))
                .isEqualTo("account.password.contains-username");
        assertThat(refusal(new PasswordChange(FIRST, FIRST))).isEqualTo("account.password.unchanged");
        assertThat(templatesOf(() -> change(new PasswordChange(FIRST, "te kort"))))
                .containsExactly("{account.password.length}");
        assertThat(templatesOf(() -> change(new PasswordChange(FIRST, "x".repeat(129)))))
                .containsExactly("{account.password.length}");
    }

    /** Changes the password; answers nothing (a supplier for {@code templatesOf}). */
    private Void change(PasswordChange change) {
        accounts.changePassword(change);
        return null;
    }

    private String refusal(PasswordChange change) {
        return catchThrowableOfType(() -> accounts.changePassword(change), PortalException.class).getMessageKey();
    }

    private String newAccount() {
        Users.loginAs(Users.ADMIN);
        String suffix = Long.toString(System.nanoTime(), 36);
        long organisation = organisations.add("Wisselaars " + suffix, OrganisationType.SOCIETAL_PARTNER).id();
        return accounts.create(new NewAccount("wissel." + suffix, "Wisselaar " + suffix, null, organisation,
                Set.of(PortalRoles.PARTNER), FIRST)).username();
    }
}
