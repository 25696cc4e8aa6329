package nl.samenduurzaam.portal.common;

/** The caller may not see or change this data; said the same way whether or not the data exists. */
public class AccessRefusedException extends PortalException {

    public AccessRefusedException() {
        super("error.access-refused");
    }
}
