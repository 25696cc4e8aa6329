package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.samenduurzaam.portal.web.idea.ProcessModelServlet;

import java.io.IOException;
import java.util.Set;

/**
 * Security headers on every response, error pages included (the filter also runs for error dispatches). Pages and
 * downloads are never stored by a browser or a proxy (they hold personal data and what one role may see): only the
 * portal's static resources and the process model, the same for everyone, may be cached.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.FORWARD,
                jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    // script-src comes from PrimeFaces (primefaces.CSP in web.xml): it needs the nonce of each page. A second
    // Content-Security-Policy header adds to this one; the browser enforces both.
    static final String CONTENT_SECURITY_POLICY =
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    static final String NO_STORE = "no-store";

    private static final Set<String> CACHING_HEADERS = Set.of("cache-control", "pragma", "expires");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addHeaders(request, response);
        if (isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", NO_STORE);
        chain.doFilter(request, new NeverStored(response));
    }

    /** The headers every answer carries, also one written before the filters run. */
    static void addHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            // a browser that reached the portal over HTTPS never tries plain HTTP for it again (for a year)
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private static boolean isCacheable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.equals("/favicon.ico")
                || path.equals(ProcessModelServlet.PATH);
    }

    /**
     * Keeps "no-store" whatever a library sets later (a file download marks itself public so that old browsers
     * could save it).
     */
    private static final class NeverStored extends HttpServletResponseWrapper {

        NeverStored(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean isCaching(String name) {
            return name != null && CACHING_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
