package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import nl.samenduurzaam.portal.account.boundary.LoginResult;

/** Carries the outcome of this request's login attempt from the identity store to the login page. */
@RequestScoped
public class LoginAttempt {

    private LoginResult.Outcome outcome;

    void record(LoginResult.Outcome outcome) {
        this.outcome = outcome;
    }

    boolean wasThrottled() {
        return outcome == LoginResult.Outcome.THROTTLED;
    }
}
