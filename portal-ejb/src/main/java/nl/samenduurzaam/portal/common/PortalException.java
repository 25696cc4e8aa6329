package nl.samenduurzaam.portal.common;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A refusal the user should read: carries a resource-bundle key (and its arguments) that the portal translates.
 * Thrown as an application exception, so the caller gets it as is and the transaction is rolled back.
 */
@ApplicationException(rollback = true, inherited = true)
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public PortalException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
