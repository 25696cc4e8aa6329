package nl.samenduurzaam.portal.notification.control;

import java.util.Locale;
import java.util.Objects;

/** Somebody a mail goes to, in the language they read the portal in. */
public record Recipient(String address, Locale language) {

    public Recipient {
        Objects.requireNonNull(address);
        Objects.requireNonNull(language);
    }
}
