package nl.samenduurzaam.portal.session.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.control.MailAddresses;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.notification.control.MailTemplates;
import nl.samenduurzaam.portal.notification.control.Outbox;
import nl.samenduurzaam.portal.notification.control.Recipient;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;
import nl.samenduurzaam.portal.session.entity.AgendaItem;
import nl.samenduurzaam.portal.session.entity.Registration;
import nl.samenduurzaam.portal.session.entity.Session;
import nl.samenduurzaam.portal.session.entity.SessionDay;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail about a session a partner registered for, with its programme (each day's date, place and agenda) in the
 * partner's language: the confirmation of the registration, and the reminder the day before.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SessionMail {

    @Inject
    private Outbox outbox;

    @Inject
    private MailAddresses addresses;

    public void registered(Session session, Account account) {
        mail(MailTemplate.SESSION_REGISTERED, session, account);
    }

    /** The reminder the day before, to everybody registered. */
    public void tomorrow(Session session) {
        for (Registration registration : session.getRegistrations()) {
            mail(MailTemplate.SESSION_TOMORROW, session, registration.getAccount());
        }
    }

    private void mail(MailTemplate template, Session session, Account account) {
        Optional<Recipient> recipient = addresses.ofUsername(account.getUsername()).stream().findFirst();
        recipient.ifPresent(to -> outbox.send(template, List.of(to), "/sessions/index.xhtml", session.getTitle(),
                programme(session, to.language())));
    }

    /** Each day: its date and place, then its agenda, one item per line. */
    static String programme(Session session, Locale language) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language);
        StringBuilder programme = new StringBuilder();
        for (SessionDay day : session.getDays()) {
            if (!programme.isEmpty()) {
                programme.append("\n\n");
            }
            programme.append(MailTemplates.format(MailTemplates.texts(language), "mail.session.day", language,
                    date.format(day.getDate()), day.getLocation()));
            for (AgendaItem item : day.getAgenda()) {
                programme.append('\n').append(item.getStartsAt()).append(' ').append(item.getTitle());
            }
        }
        return programme.toString();
    }
}
