package nl.samenduurzaam.portal.common;

public class NotFoundException extends PortalException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
