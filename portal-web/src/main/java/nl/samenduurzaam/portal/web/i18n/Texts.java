package nl.samenduurzaam.portal.web.i18n;

import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's texts in the current user's language (Dutch first, English second). */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Texts() {
    }

    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return DUTCH;
    }

    public static String get(String key, Object... arguments) {
        return format(currentLocale(), key, arguments);
    }

    /** The text for a key; text that is not a key is returned as is, so callers may pass either. */
    public static String format(Locale locale, String keyOrText, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(keyOrText);
        } catch (MissingResourceException notAKey) {
            pattern = keyOrText;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
