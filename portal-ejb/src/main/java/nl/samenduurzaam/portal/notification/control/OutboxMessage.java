package nl.samenduurzaam.portal.notification.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * An outbox mail as a MIME message: plain text and HTML as alternatives, in UTF-8, marked as sent automatically
 * (RFC 3834, so no out-of-office answer comes back), with the outbox's Message-ID instead of a new one per attempt.
 */
final class OutboxMessage extends MimeMessage {

    private final String messageId;

    OutboxMessage(Session session, MailToSend mail) throws MessagingException {
        super(session);
        this.messageId = mail.messageId();
        setFrom();
        setRecipient(RecipientType.TO, new InternetAddress(mail.recipient(), true));
        setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        setSentDate(new Date());
        setHeader("Content-Language", mail.language().toLanguageTag());
        setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        setContent(alternatives);
        saveChanges();
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
