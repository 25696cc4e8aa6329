package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.LoginResult;

import java.util.HashSet;

/** Checks credentials against the accounts in the database; an account's roles are its groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private Accounts accounts;

    @Inject
    private LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result = accounts.authenticate(credential.getCaller(), credential.getPassword().getValue());
        attempt.record(result.outcome());
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), new HashSet<>(result.roles()));
    }
}
