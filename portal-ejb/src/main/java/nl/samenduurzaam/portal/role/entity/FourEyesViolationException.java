package nl.samenduurzaam.portal.role.entity;

import nl.samenduurzaam.portal.common.PortalException;

/** The proposer of a municipal role may not approve it. */
public class FourEyesViolationException extends PortalException {

    public FourEyesViolationException() {
        super("role.approve.own-proposal");
    }
}
