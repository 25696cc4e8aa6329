package nl.samenduurzaam.portal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.samenduurzaam.portal.account.boundary.CredentialsChanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * When each account's password last changed (ASVS 3.3.3): the web layer ends every session logged in before that
 * moment, so whoever knew the old password loses the sessions it opened. Kept in memory: sessions do not outlive
 * the server either, and an entry older than the longest session lifetime says nothing any more.
 */
@ApplicationScoped
public class CredentialChanges {

    /** The longest a session lives (the web layer's absolute lifetime). */
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    private final ConcurrentMap<String, Instant> changes = new ConcurrentHashMap<>();

    /** Only a committed change counts: a refused or rolled back one leaves every session alone. */
    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged change) {
        Instant forgetBefore = change.at().minus(SESSION_LIFETIME);
        changes.values().removeIf(at -> at.isBefore(forgetBefore));
        changes.merge(key(change.username()), change.at(), (old, added) -> added.isAfter(old) ? added : old);
    }

    /** Whether the account's password changed after a session logged in at {@code loggedInAt}. */
    public boolean changedSince(String username, Instant loggedInAt) {
        Instant changed = changes.get(key(username));
        return changed != null && loggedInAt.isBefore(changed);
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
