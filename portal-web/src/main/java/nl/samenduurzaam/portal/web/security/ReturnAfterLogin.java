package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page a visitor asked for before being sent to the login page, so that the login leads back to it. Only a page
 * of the portal itself, asked for with GET: a login never replays a form post or leaves the portal.
 */
final class ReturnAfterLogin {

    private static final String ATTRIBUTE = ReturnAfterLogin.class.getName();

    private ReturnAfterLogin() {
    }

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, query == null ? path : path + "?" + query);
    }

    /** The remembered page relative to the portal's root (without a leading slash), taken out of the session. */
    static String takeFrom(HttpSession session) {
        if (session == null) {
            return null;
        }
        String path = (String) session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return null;
        }
        return path.substring(1);
    }
}
