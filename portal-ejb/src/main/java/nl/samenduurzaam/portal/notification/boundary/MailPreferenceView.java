package nl.samenduurzaam.portal.notification.boundary;

import nl.samenduurzaam.portal.notification.entity.MailChoice;
import nl.samenduurzaam.portal.notification.entity.MailKind;

import java.io.Serializable;

/** A kind of mail the person receives and how: a required one always comes immediately. */
public record MailPreferenceView(MailKind kind, MailChoice choice, boolean required) implements Serializable {
}
