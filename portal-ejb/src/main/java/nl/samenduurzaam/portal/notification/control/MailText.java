package nl.samenduurzaam.portal.notification.control;

import java.util.Objects;

/** An argument of a mail that is itself a text of the mail bundle, read in each recipient's language. */
public record MailText(String key) {

    public MailText {
        Objects.requireNonNull(key);
    }
}
