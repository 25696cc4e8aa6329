package nl.samenduurzaam.portal.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A logged-in person's new e-mail address, with the current password as proof that it is them. */
public record EmailChange(
        @NotBlank(message = "{account.email.new.required}")
        @Email(message = "{account.email.format}") @Size(max = 254, message = "{account.email.format}")
        String newEmail,
        @NotBlank(message = "{account.password.current.required}")
        @Size(max = 128, message = "{account.password.current.wrong}")
        String currentPassword) implements Serializable {

    /** Without the password: a record's text may end up in a log. */
    @Override
    public String toString() {
        return "EmailChange[...]";
    }
}
