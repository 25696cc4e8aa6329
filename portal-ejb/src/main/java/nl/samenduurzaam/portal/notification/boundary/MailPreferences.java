package nl.samenduurzaam.portal.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.notification.control.MailChoices;
import nl.samenduurzaam.portal.notification.control.UnsubscribeLinks;
import nl.samenduurzaam.portal.notification.entity.MailChoice;
import nl.samenduurzaam.portal.notification.entity.MailKind;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which mail people receive and how: each chooses, per kind that may be switched off, immediately, in the daily
 * digest or never, on their own page; the link in such a mail switches its kind off without logging in.
 */
@Stateless
public class MailPreferences {

    @Inject
    private Caller caller;

    @Inject
    private MailChoices choices;

    @Inject
    private UnsubscribeLinks unsubscribeLinks;

    @Inject
    private AuditTrail audit;

    /** The kinds of mail the caller's roles bring, with the caller's choice; required ones first. */
    @RolesAllowed(PortalRoles.SIGNED_IN)
    public List<MailPreferenceView> mine() {
        Set<String> roles = caller.roles();
        Map<MailKind, MailChoice> chosen = choices.all(caller.username());
        List<MailPreferenceView> mine = new ArrayList<>();
        for (MailKind kind : MailKind.values()) {
            if (kind.audience().stream().noneMatch(roles::contains)) {
                continue;
            }
            mine.add(kind.isRequired() ? new MailPreferenceView(kind, MailChoice.IMMEDIATELY, true)
                    : new MailPreferenceView(kind, chosen.get(kind), false));
        }
        mine.sort((first, second) -> Boolean.compare(second.required(), first.required()));
        return mine;
    }

    @RolesAllowed(PortalRoles.SIGNED_IN)
    public void choose(@NotNull MailKind kind, @NotNull MailChoice choice) {
        if (kind.isRequired()) {
            throw new PortalException("mail.preference.required");
        }
        choices.choose(caller.username(), kind, choice);
        audit.done(caller.username(), "mail.preference", "mail-kind", kind.name(), choice.name());
    }

    /** The kind of mail an unsubscribe link stops; empty for a link that is not the portal's. */
    @PermitAll
    public Optional<MailKind> kindOf(String token) {
        return unsubscribeLinks.read(token).map(UnsubscribeLinks.Subscription::kind);
    }

    /** Stops the kind of mail the link names for the person it names. */
    @PermitAll
    public MailKind unsubscribe(String token) {
        UnsubscribeLinks.Subscription subscription = unsubscribeLinks.read(token)
                .orElseThrow(() -> new PortalException("mail.unsubscribe.invalid"));
        choices.choose(subscription.username(), subscription.kind(), MailChoice.NEVER);
        audit.done(subscription.username(), "mail.unsubscribe", "mail-kind", subscription.kind().name(), null);
        return subscription.kind();
    }
}
