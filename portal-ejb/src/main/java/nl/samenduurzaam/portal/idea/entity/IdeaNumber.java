package nl.samenduurzaam.portal.idea.entity;

import java.util.regex.Pattern;

/** The idea number {@code SD-<year>-<4 digits>}: the public reference and the process business key. */
public final class IdeaNumber {

    /** The format, for {@code @Pattern}: SD, the year, a sequence of at least four digits. */
    public static final String REGEX = "SD-\\d{4}-\\d{4,}";
    public static final Pattern FORMAT = Pattern.compile(REGEX);
    private static final String PREFIX = "SD-";

    private IdeaNumber() {
    }

    public static String format(int year, int sequence) {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("No idea number for year " + year + " and sequence " + sequence);
        }
        return String.format("%s%d-%04d", PREFIX, year, sequence);
    }

    public static boolean isValid(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }
}
