package nl.samenduurzaam.portal.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.account.boundary.Accounts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Servlets;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of this visit: Dutch unless the user switches to English. */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.DUTCH;

    @Inject
    private Accounts accounts;

    /** After login: the portal speaks the language the account chose before. */
    public void useLanguageOf(Locale accountLocale) {
        locale = Locale.ENGLISH.getLanguage().equals(accountLocale.getLanguage()) ? Locale.ENGLISH : Texts.DUTCH;
        Texts.languageChanged();
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Of a name kept in both languages, the reader's: {@code #{languageView.pick(theme.nameNl, theme.nameEn)}}. */
    public String pick(String dutch, String english) {
        return Texts.inLanguage(locale, dutch, english);
    }

    /** Switches the language; a logged-in person's choice is remembered with the account for the next visit. */
    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Texts.DUTCH;
        Texts.languageChanged();
        if (Faces.getRemoteUser() != null) {
            accounts.changeLanguage(locale.getLanguage());
        }
        Faces.getViewRoot().setLocale(locale);
        // the switch posts to the page's address without its query; the page's view parameters (the idea, the task,
        // the session) are in the view, and the page opens again on the same one
        String query = Servlets.toQueryString(Faces.getViewParameterMap());
        Faces.getExternalContext().redirect(Faces.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
    }
}
