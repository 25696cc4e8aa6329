package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import nl.samenduurzaam.portal.account.boundary.LoginResult;

/** Carries the outcome of this request's login attempt from the identity store to the login page. */
@RequestScoped
public class LoginAttempt {

    private LoginResult.Outcome outcome;
    private boolean unavailable;

    void record(LoginResult.Outcome outcome) {
        this.outcome = outcome;
    }

    /** The credentials could not be checked at all (the database did not answer). */
    void recordUnavailable() {
        this.unavailable = true;
    }

    boolean wasUnavailable() {
        return unavailable;
    }

    boolean wasThrottled() {
        return outcome == LoginResult.Outcome.THROTTLED;
    }

    boolean wasBusy() {
        return outcome == LoginResult.Outcome.BUSY;
    }
}
