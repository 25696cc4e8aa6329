package nl.samenduurzaam.portal.audit.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.LogText;
import nl.samenduurzaam.portal.security.Caller;

import java.util.logging.Logger;

/** Refuses a call the caller's organisation may not make: audited in its own transaction, then thrown. */
@Stateless
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class.getName());

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    public AccessRefusedException refuse(String action, String targetType, String targetId) {
        String actor = caller.username();
        // the target's id may be what the request asked for: cleaned, so it cannot forge a line of the log
        LOG.warning(() -> "Refused " + LogText.clean(actor) + ": " + action + " " + targetType + " "
                + LogText.clean(targetId));
        audit.refused(actor, action, targetType, targetId, null);
        return new AccessRefusedException();
    }
}
