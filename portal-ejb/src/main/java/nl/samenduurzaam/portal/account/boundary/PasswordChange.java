package nl.samenduurzaam.portal.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A logged-in person's new password, with the current one as proof that it is them. */
public record PasswordChange(
        @NotBlank(message = "{account.password.current.required}")
        @Size(max = 128, message = "{account.password.current.wrong}")
        String currentPassword,
        @NotBlank(message = "{account.password.new.required}")
        @Size(min = 12, max = 128, message = "{account.password.length}")
        String newPassword) implements Serializable {

    /** Without the passwords: a record's text may end up in a log. */
    @Override
    public String toString() {
        return "PasswordChange[...]";
    }
}
