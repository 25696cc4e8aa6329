package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenduurzaam.portal.web.i18n.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An error page written without Faces, in the portal's look and the browser's language (Dutch unless it prefers
 * English), for answers Faces must not render:
 * <ul>
 * <li>the refusal of a request another site sent ({@link CrossSiteRequests}): the portal's pages keep their state in
 * the HTTP session, and a session started for this answer would send a new session cookie that replaces the victim's
 * and logs them out;</li>
 * <li>a request body too large for the server ({@link RequestSizeFilter}): rendering a page makes the container read
 * the request's fields (Weld looks for a conversation id), which fails on such a body and cut the page off.</li>
 * </ul>
 */
final class PlainErrorPage {

    private PlainErrorPage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                     String textKey) throws IOException {
        // without Accept-Language the container offers its own default language: Dutch is the portal's
        Locale locale = request.getHeader("Accept-Language") == null ? Texts.DUTCH
                : Collections.list(request.getLocales()).stream()
                .filter(preferred -> preferred.getLanguage().equals("nl") || preferred.getLanguage().equals("en"))
                .findFirst().orElse(Texts.DUTCH);
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        String home = RedirectLocations.of(request, request.getContextPath() + "/");
        SecurityHeadersFilter.addHeaders(request, response);
        response.setHeader("Cache-Control", SecurityHeadersFilter.NO_STORE);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(texts.getString(titleKey)) + " - "
                + escape(texts.getString("app.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + escape(request.getContextPath())
                + "/jakarta.faces.resource/css/portal.css.xhtml\"/></head>"
                + "<body><main id=\"main\" class=\"portal-main\"><h1>" + escape(texts.getString(titleKey))
                + "</h1><p class=\"portal-error-text\">" + escape(texts.getString(textKey)) + "</p>"
                + "<p><a class=\"portal-button\" href=\"" + escape(home) + "\">"
                + escape(texts.getString("error.back-home")) + "</a></p></main></body></html>\n");
        response.flushBuffer();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
