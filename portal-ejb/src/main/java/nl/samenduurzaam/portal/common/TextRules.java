package nl.samenduurzaam.portal.common;

/**
 * Patterns that keep invisible characters out of stored text (for {@code @Pattern}): control characters (C0, DEL and
 * C1), and the format characters that make text read otherwise than it is stored. A right-to-left override shows
 * {@code "factuur\u202Egnp.exe"} as "factuurexe.png"; a zero-width space makes two names that look the same differ.
 */
public final class TextRules {

    // Arabic letter mark, left-to-right and right-to-left marks, line and paragraph separators, bidi embeddings and
    // overrides (U+202A-U+202E), isolates (U+2066-U+2069), the byte order mark
    private static final String DIRECTION_AND_SEPARATORS = "\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069\\uFEFF";
    // zero-width space, non-joiner and joiner, word joiner and the invisible operators
    private static final String ZERO_WIDTH = "\\u200B-\\u200D\\u2060-\\u2064";
    // noncharacters (U+FDD0-U+FDEF and the last two code points of each of the 17 planes): HTML forbids them in a
    // page, so once stored they would make every page that shows the text invalid (Nu HTML Checker)
    private static final String NONCHARACTERS = "\\uFDD0-\\uFDEF\\uFFFE\\uFFFF"
            + "\\x{1FFFE}\\x{1FFFF}\\x{2FFFE}\\x{2FFFF}\\x{3FFFE}\\x{3FFFF}\\x{4FFFE}\\x{4FFFF}"
            + "\\x{5FFFE}\\x{5FFFF}\\x{6FFFE}\\x{6FFFF}\\x{7FFFE}\\x{7FFFF}\\x{8FFFE}\\x{8FFFF}"
            + "\\x{9FFFE}\\x{9FFFF}\\x{AFFFE}\\x{AFFFF}\\x{BFFFE}\\x{BFFFF}\\x{CFFFE}\\x{CFFFF}"
            + "\\x{DFFFE}\\x{DFFFF}\\x{EFFFE}\\x{EFFFF}\\x{FFFFE}\\x{FFFFF}\\x{10FFFE}\\x{10FFFF}";

    /** A name, title or other single line: no control or invisible format characters at all. */
    public static final String SINGLE_LINE = "[^\\p{Cc}" + DIRECTION_AND_SEPARATORS + ZERO_WIDTH + NONCHARACTERS + "]*";
    /**
     * Longer text: line breaks and tabs allowed, and the zero-width joiners that emoji and some scripts are written
     * with; no other control characters and nothing that turns the text's direction.
     */
    public static final String MULTI_LINE =
            "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F" + DIRECTION_AND_SEPARATORS + NONCHARACTERS + "]*";

    private TextRules() {
    }
}
