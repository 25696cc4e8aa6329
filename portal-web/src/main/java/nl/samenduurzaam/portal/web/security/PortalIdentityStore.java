package nl.samenduurzaam.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import nl.samenduurzaam.portal.account.boundary.LoginResult;

import java.util.HashSet;
import java.util.logging.Logger;

/** Checks credentials against the accounts in the database; an account's roles are its groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(PortalIdentityStore.class.getName());

    @Inject
    private Accounts accounts;

    @Inject
    private LoginAttempt attempt;

    /** The request that logs in: its client address is the source the login throttle counts guesses for. */
    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginResult result;
        try {
            result = accounts.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                    request.getRemoteAddr());
        } catch (RuntimeException unavailable) {
            // the database does not answer: the person must not read that the password is wrong
            LOG.warning(() -> "Login not checked, the accounts cannot be read: " + rootMessage(unavailable));
            attempt.recordUnavailable();
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.record(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), new HashSet<>(result.roles()));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
