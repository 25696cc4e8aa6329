package nl.samenduurzaam.portal.it.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads a person's mail at the test SMTP server over IMAP (GreenMail makes every address a mailbox, with the address
 * as login and password). Works inside the server and in the test JVM.
 */
public final class Mailbox {

    public static final String HOST = "127.0.0.1";
    /** The test SMTP server's IMAP port: the pom's it.imap.port, in the server its default. */
    public static final int IMAP_PORT = Integer.getInteger("it.imap.port", 13143);
    private static final Duration POLL = Duration.ofMillis(500);

    private Mailbox() {
    }

    /** Every mail the address received so far. */
    public static List<ReceivedMail> of(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", HOST);
        properties.put("mail.imap.port", String.valueOf(IMAP_PORT));
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect(address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReceivedMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(read(address, message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
            return List.of();   // GreenMail creates the mailbox with the first mail
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP of " + address, e);
        }
    }

    /** The mails of the address that match, once at least one arrived (within 60 s). */
    public static List<ReceivedMail> await(String address, Predicate<ReceivedMail> which) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<ReceivedMail> found = of(address).stream().filter(which).toList();
            if (!found.isEmpty() || Instant.now().isAfter(until)) {
                if (found.isEmpty()) {
                    throw new AssertionError("No matching mail for " + address + " within 60 s");
                }
                return found;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The one mail of the address whose subject contains {@code subjectPart}, once it arrived. */
    public static ReceivedMail awaitOne(String address, String subjectPart) {
        List<ReceivedMail> found = await(address, mail -> mail.subject().contains(subjectPart));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " mails about " + subjectPart + " for " + address);
        }
        return found.get(0);
    }

    private static ReceivedMail read(String address, Message message) throws MessagingException {
        String text = "";
        String html = "";
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = part.getContent().toString();
                    } else if (part.isMimeType("text/html")) {
                        html = part.getContent().toString();
                    }
                }
            } else {
                text = content.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] ids = message.getHeader("Message-ID");
        String[] language = message.getHeader("Content-Language");
        // SMTP carries lines ending in CR LF: the tests read them as the portal wrote them
        return new ReceivedMail(address, message.getSubject(), text.replace("\r\n", "\n"),
                html.replace("\r\n", "\n"), ids == null ? null : ids[0], language == null ? null : language[0]);
    }
}
