package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.samenduurzaam.portal.notification.entity.DigestItem;
import nl.samenduurzaam.portal.notification.entity.MailTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The daily digest: the mail a person chose to read once a day (kept as digest items) and, for a civil servant, the
 * overview of their tasks, in one mail; nothing when there is nothing to tell.
 */
@Stateless
public class Digests {

    /** The lines a section shows; the rest is counted and left to the task list. */
    static final int LINES_PER_SECTION = 30;
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    /** Who has mail waiting for a digest. */
    public List<String> peopleWithOpenItems() {
        return em.createNamedQuery(DigestItem.PEOPLE_WITH_OPEN, String.class).getResultList();
    }

    /** Sends the person's digest, when there is something in it; the items it took are not sent again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean deliver(Recipient recipient, TaskOverview tasks) {
        List<DigestItem> items = em.createNamedQuery(DigestItem.OPEN_OF_PERSON, DigestItem.class)
                .setParameter("username", recipient.username()).getResultList();
        if (items.isEmpty() && tasks.isEmpty()) {
            return false;
        }
        ResourceBundle texts = MailTemplates.texts(recipient.language());
        List<String> sections = new ArrayList<>();
        section(sections, texts, recipient.language(), "mail.digest.overdue", tasks.overdue());
        section(sections, texts, recipient.language(), "mail.digest.mine", tasks.mine());
        section(sections, texts, recipient.language(), "mail.digest.due-soon", tasks.dueSoon());
        section(sections, texts, recipient.language(), "mail.digest.new", tasks.fresh());
        if (!items.isEmpty()) {
            StringBuilder messages = new StringBuilder(MailTemplates.format(texts, "mail.digest.messages",
                    recipient.language()));
            items.forEach(item -> messages.append('\n').append(item.getSubject()).append('\n').append(item.getLink()));
            sections.add(messages.toString());
        }
        String path = tasks.isEmpty() ? "/" : "/tasks/index.xhtml";
        outbox.queue(MailTemplate.DIGEST, recipient, MailTemplates.render(MailTemplate.DIGEST, recipient.language(),
                settings.link(path), null, String.join("\n\n", sections)));
        items.forEach(item -> item.digested(clock.instant()));
        return true;
    }

    private void section(List<String> sections, ResourceBundle texts, Locale language, String heading,
                         List<DigestTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .withZone(MUNICIPALITY);
        StringBuilder section = new StringBuilder(MailTemplates.format(texts, heading, language));
        tasks.stream().limit(LINES_PER_SECTION).forEach(task -> section.append('\n')
                .append(MailTemplates.format(texts, "mail.digest.task", language, task.ideaNumber(), task.ideaTitle(),
                        MailTemplates.format(texts, "mail.task-name." + task.taskKey(), language),
                        task.due() == null ? "-" : date.format(task.due())))
                .append('\n').append(settings.link(task.path())));
        if (tasks.size() > LINES_PER_SECTION) {
            section.append('\n').append(MailTemplates.format(texts, "mail.digest.more", language,
                    tasks.size() - LINES_PER_SECTION));
        }
        sections.add(section.toString());
    }
}
