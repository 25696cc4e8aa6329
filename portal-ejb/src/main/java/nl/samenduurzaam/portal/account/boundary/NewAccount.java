package nl.samenduurzaam.portal.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.common.LogText;
import nl.samenduurzaam.portal.common.SingleLineText;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An account the functional administrator creates. Without a first password (the usual way) the person is invited by
 * mail to choose one, so the address is needed then; with one, the administrator hands it over and the person changes
 * it.
 */
public record NewAccount(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "{account.username.format}")
        String username,
        @NotBlank(message = "{account.name.required}")
        @Size(max = 200, message = "{account.name.too-long}")
        @SingleLineText
        String displayName,
        @Email(message = "{account.email.format}") @Size(max = 254, message = "{account.email.format}")
        String email,
        Long organisationId,
        @NotEmpty(message = "{account.roles.required}") Set<@NotBlank String> roles,
        @Size(min = 12, max = 128, message = "{account.password.length}")
        String initialPassword) implements Serializable {

    public NewAccount {
        // a copy that keeps null elements, so that validation (not the constructor) reports them
        roles = roles == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(roles));
        initialPassword = initialPassword == null || initialPassword.isEmpty() ? null : initialPassword;
    }

    /** Whether the person is invited to choose the first password. */
    public boolean invited() {
        return initialPassword == null;
    }

    /** Without the first password and the person's name and address: a record's text may end up in a log. */
    @Override
    public String toString() {
        return "NewAccount[username=" + LogText.clean(username) + ", organisationId=" + organisationId + ", roles="
                + roles + "]";
    }
}
