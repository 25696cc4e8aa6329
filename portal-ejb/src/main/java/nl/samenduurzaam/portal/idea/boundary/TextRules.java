package nl.samenduurzaam.portal.idea.boundary;

/** Patterns that keep invisible control characters out of stored text. */
final class TextRules {

    /** Any text without control characters. */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    /** Any text without control characters other than line breaks and tabs. */
    static final String MULTI_LINE = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    private TextRules() {
    }
}
