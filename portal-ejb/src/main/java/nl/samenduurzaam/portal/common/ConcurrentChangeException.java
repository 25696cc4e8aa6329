package nl.samenduurzaam.portal.common;

/** Someone else changed the same record first; nothing of this change was stored. */
public class ConcurrentChangeException extends PortalException {

    public ConcurrentChangeException() {
        super("error.concurrent-change");
    }
}
