package nl.samenduurzaam.portal.account.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable (ASVS 2.1, NIST 800-63B): 12 to 128 characters of any kind, no composition rules,
 * not one of the passwords guessers try first ({@code account/common-passwords.txt}, shipped with the portal) and not
 * containing the username. Answers the message key of the first rule broken.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "account/common-passwords.txt";

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** The message key of the rule this password breaks for this username; empty when it is acceptable. */
    public static Optional<String> refusalOf(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH) {
            return Optional.of("account.password.length");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.contains-username");
        }
        if (COMMON.contains(lower.strip())) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }

    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load() {
        InputStream list = PasswordRules.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (list == null) {
            throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
