package nl.samenduurzaam.portal.web.i18n;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's texts in the current user's language (Dutch first, English second). */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String LOCALE_OF_REQUEST = Texts.class.getName() + ".locale";

    private Texts() {
    }

    /**
     * The language the person chose (remembered in the session and with the account). Not the view's locale: in a
     * page's view action the view is not built yet and its locale is still the browser's.
     */
    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return DUTCH;
        }
        // looked up once per request: CDI.current() walks the call stack on Payara, and a page asks for every date
        if (faces.getAttributes().get(LOCALE_OF_REQUEST) instanceof Locale known) {
            return known;
        }
        Instance<LanguageView> language = CDI.current().select(LanguageView.class);
        Locale locale = language.isResolvable() ? language.get().getLocale()
                : faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : DUTCH;
        faces.getAttributes().put(LOCALE_OF_REQUEST, locale);
        return locale;
    }

    /** After the person switched language in this request, the next text is in the new one. */
    static void languageChanged() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getAttributes().remove(LOCALE_OF_REQUEST);
        }
    }

    /**
     * Of a name kept in both languages (themes, criteria, roles), the one for the locale: the one place that picks
     * between the Dutch and the English column. Dutch unless the locale is English.
     */
    public static String inLanguage(Locale locale, String dutch, String english) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : dutch;
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
