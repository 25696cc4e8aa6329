package nl.samenduurzaam.portal.account.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An account's password was changed at this moment: sessions logged in before it are to end. */
public record CredentialsChanged(String username, Instant at) implements Serializable {
}
