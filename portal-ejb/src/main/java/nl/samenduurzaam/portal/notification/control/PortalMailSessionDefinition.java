package nl.samenduurzaam.portal.notification.control;

import jakarta.ejb.Singleton;
import jakarta.mail.MailSessionDefinition;

/**
 * The portal's Jakarta Mail session, a resource of the server: the SMTP server comes from configuration
 * ({@code PORTAL_SMTP_HOST}, {@code PORTAL_SMTP_PORT}, {@code PORTAL_SMTP_STARTTLS}, {@code PORTAL_MAIL_FROM}; user and
 * password, when the server wants them, are given when connecting, see {@link MailSettings}). Time-outs keep a
 * server that does not answer from holding the sender. A bean, as the server reads resource definitions from beans.
 */
@MailSessionDefinition(
        name = PortalMailSessionDefinition.JNDI_NAME,
        transportProtocol = "smtp",
        host = "${MPCONFIG=portal.smtp.host}",
        from = "${MPCONFIG=portal.mail.from}",
        properties = {
                "mail.smtp.port=${MPCONFIG=portal.smtp.port}",
                "mail.smtp.starttls.enable=${MPCONFIG=portal.smtp.starttls}",
                "mail.smtp.starttls.required=${MPCONFIG=portal.smtp.starttls}",
                "mail.smtp.connectiontimeout=10000",
                "mail.smtp.timeout=20000",
                "mail.smtp.writetimeout=20000"
        })
@Singleton
public class PortalMailSessionDefinition {

    public static final String JNDI_NAME = "java:app/mail/portal";
}
