package nl.samenduurzaam.portal.account.entity;

import java.time.Duration;

/** What a single-use link mailed to a person is for, and how long it works. */
public enum LinkPurpose {
    /** "Forgot your password": a new one, within half an hour. */
    RESET(Duration.ofMinutes(30)),
    /** A new account's invitation: the first password, within two days. */
    INVITATION(Duration.ofHours(48)),
    /** A new e-mail address confirmed by its owner, within a day. */
    EMAIL_CHANGE(Duration.ofHours(24));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
