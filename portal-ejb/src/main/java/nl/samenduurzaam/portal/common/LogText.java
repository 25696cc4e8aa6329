package nl.samenduurzaam.portal.common;

/**
 * Text from a request made safe for a log line: control characters (CR, LF, NEL, ...), line separators and the
 * invisible format characters (a right-to-left override) become '?', so a value can never start a forged record of its
 * own nor make a line read otherwise than it is written; long values are cut.
 */
public final class LogText {

    private static final int MAX_LENGTH = 200;

    private LogText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "null";
        }
        String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
        return cut.replaceAll("[\\p{Cc}\\p{Cf}\\u2028\\u2029]", "?");
    }
}
