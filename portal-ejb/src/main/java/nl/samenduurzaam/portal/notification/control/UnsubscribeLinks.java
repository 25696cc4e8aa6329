package nl.samenduurzaam.portal.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.notification.entity.MailKind;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The link in a mail that stops that kind of mail without logging in: it names the person and the kind, signed with
 * the deployment's key (HMAC-SHA256), so nobody can make one for somebody else. It does not expire: an old mail's
 * link still works.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PAGE = "/unsubscribe.xhtml?token=";
    static final String KEY_NAME = "unsubscribe-links";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Inject
    private PortalSecrets secrets;

    private byte[] key;

    @PostConstruct
    void readKey() {
        key = secrets.secret(KEY_NAME);
    }

    /** The path of the page that stops {@code kind} for the person. */
    public String path(String username, MailKind kind) {
        return PAGE + token(username, kind);
    }

    String token(String username, MailKind kind) {
        String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + kind.name();
        return payload + "." + ENCODER.encodeToString(signature(payload));
    }

    /** The person and kind a token names, when its signature holds. */
    public Optional<Subscription> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1];
            if (!MessageDigest.isEqual(signature(payload), DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            MailKind kind = MailKind.valueOf(parts[1]);
            return kind.isRequired() ? Optional.empty()
                    : Optional.of(new Subscription(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8), kind));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    /** A person and a kind of mail they receive. */
    public record Subscription(String username, MailKind kind) {
    }
}
