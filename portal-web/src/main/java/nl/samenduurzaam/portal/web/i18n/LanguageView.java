package nl.samenduurzaam.portal.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of this visit: Dutch unless the user switches to English. */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.DUTCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Texts.DUTCH;
        Faces.getViewRoot().setLocale(locale);
        Faces.redirect(Faces.getRequestURIWithQueryString());
    }
}
