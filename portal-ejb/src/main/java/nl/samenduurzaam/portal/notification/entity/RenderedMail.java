package nl.samenduurzaam.portal.notification.entity;

import java.util.Objects;

/** A mail as its recipient reads it: the subject, the plain text and the same in HTML. */
public record RenderedMail(String subject, String text, String html) {

    public RenderedMail {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }
}
