package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import nl.samenduurzaam.portal.account.boundary.LoginResult;

import java.time.Duration;

/** Carries the outcome of this request's login attempt from the identity store to the login page. */
@RequestScoped
public class LoginAttempt {

    private LoginResult.Outcome outcome;
    private Duration retryAfter;
    private boolean unavailable;

    void record(LoginResult result) {
        this.outcome = result.outcome();
        this.retryAfter = result.retryAfter();
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

    /** How long a throttled login must wait before the next attempt is checked. */
    Duration retryAfter() {
        return retryAfter;
    }

    boolean wasBusy() {
        return outcome == LoginResult.Outcome.BUSY;
    }
}
