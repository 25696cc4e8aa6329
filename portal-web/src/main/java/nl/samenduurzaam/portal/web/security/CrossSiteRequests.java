package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a state-changing request sent by another site's page (ASVS 4.2.2, defence in depth next to Faces' view state
 * and the SameSite cookie): the browser names the page's origin in {@code Origin}, or at least in {@code Referer}.
 * Such a request is refused before anything else looks at it, so it does not even start a session whose new cookie
 * would replace the victim's and log them out. Requests that name no origin at all (non-browser clients) pass: they
 * carry no victim's cookie.
 */
final class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CrossSiteRequests() {
    }

    static boolean isCrossSite(HttpServletRequest request) {
        return isCrossSite(request.getMethod(), request.getHeader("Origin"), request.getHeader("Referer"),
                request.getHeader("Host"), RedirectLocations.publicUrl());
    }

    /**
     * True for a state-changing request whose origin (or referring page) is neither the host it was sent to nor the
     * configured public address ({@code publicUrl}, "" for none).
     */
    static boolean isCrossSite(String method, String origin, String referer, String host, String publicUrl) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String source = origin != null ? origin : referer;
        if (source == null) {
            return false;
        }
        String sourceAuthority = authorityOf(source.strip());
        if (sourceAuthority == null) {
            return true;   // "Origin: null" (a sandboxed frame, a file) or no address at all
        }
        return !(sourceAuthority.equals(normalised(host))
                || !publicUrl.isEmpty() && sourceAuthority.equals(authorityOf(publicUrl)));
    }

    /** host[:port] in lower case, without the port that is the default of the address's scheme. */
    private static String authorityOf(String address) {
        try {
            URI uri = URI.create(address);
            if (uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "https".equalsIgnoreCase(uri.getScheme()) && port == 443
                    || "http".equalsIgnoreCase(uri.getScheme()) && port == 80;
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static String normalised(String host) {
        if (host == null) {
            return "";
        }
        String lower = host.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(":80") || lower.endsWith(":443") ? lower.substring(0, lower.lastIndexOf(':')) : lower;
    }
}
