package nl.samenduurzaam.portal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The portal's mail settings (MicroProfile Config: {@code portal.mail.link-url} is read from
 * {@code PORTAL_MAIL_LINK_URL}, and so on; defaults in microprofile-config.properties). The SMTP server itself is the
 * server's mail session ({@link PortalMailSessionDefinition}).
 */
@ApplicationScoped
public class MailSettings {

    private String linkUrl;
    private String smtpUser;
    private String smtpPassword;
    private Duration firstRetry;

    /** For the CDI proxy. */
    protected MailSettings() {
    }

    @Inject
    public MailSettings(@ConfigProperty(name = "portal.mail.link-url") String linkUrl,
                        @ConfigProperty(name = "portal.smtp.user") Optional<String> smtpUser,
                        @ConfigProperty(name = "portal.smtp.password") Optional<String> smtpPassword,
                        @ConfigProperty(name = "portal.mail.first-retry-seconds", defaultValue = "60")
                        long firstRetrySeconds) {
        this.linkUrl = linkUrl.strip().replaceAll("/+$", "");
        this.smtpUser = smtpUser.filter(user -> !user.isBlank()).orElse(null);
        this.smtpPassword = smtpPassword.orElse("");
        this.firstRetry = Duration.ofSeconds(Math.max(1, firstRetrySeconds));
    }

    /** The absolute address of a page of the portal, as a mail links to it ({@code path} starts with a slash). */
    public String link(String path) {
        return linkUrl + path;
    }

    /** The host part of Message-IDs: the portal's own public name. */
    public String messageIdDomain() {
        String host = URI.create(linkUrl).getHost();
        return host == null ? "samen-duurzaam.local" : host;
    }

    public Optional<String> smtpUser() {
        return Optional.ofNullable(smtpUser);
    }

    public String smtpPassword() {
        return smtpPassword;
    }

    /** The wait after a first failed attempt; each further failure doubles it. */
    public Duration firstRetry() {
        return firstRetry;
    }
}
