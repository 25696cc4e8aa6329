package nl.samenduurzaam.portal.notification.control;

import java.util.Locale;
import java.util.Objects;

/**
 * Somebody a mail goes to, in the language they read the portal in; with the username of their account when they
 * have one (their choices apply then), without for an organisation's contact who has none.
 */
public record Recipient(String address, Locale language, String username) {

    public Recipient {
        Objects.requireNonNull(address);
        Objects.requireNonNull(language);
    }

    public Recipient(String address, Locale language) {
        this(address, language, null);
    }
}
