package nl.samenduurzaam.portal.common;

/** Patterns that keep invisible control characters out of stored text (for {@code @Pattern}). */
public final class TextRules {

    /** Any text without control characters. */
    public static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    /** Any text without control characters other than line breaks and tabs. */
    public static final String MULTI_LINE = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    private TextRules() {
    }
}
