package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * Where a redirect sends the browser, never built from the request's {@code Host} header (an attacker chooses it, and
 * a cache or a mail link could carry the attacker's host on): an address on this server becomes the configured public
 * address plus its path, or the bare path (which the browser resolves against the address it used) when none is
 * configured. The public address is {@code portal.public-url} (system property) or {@code PORTAL_PUBLIC_URL}.
 */
final class RedirectLocations {

    static final String PUBLIC_URL_PROPERTY = "portal.public-url";
    static final String PUBLIC_URL_VARIABLE = "PORTAL_PUBLIC_URL";

    private RedirectLocations() {
    }

    /** The Location for a redirect to {@code location} (absolute, path-absolute or relative to the request). */
    static String of(HttpServletRequest request, String location) {
        return of(request.getRequestURI(), request.getServerName(), location, publicUrl());
    }

    /**
     * The Location for a redirect to {@code location} from the page at {@code requestUri}, asked for under the host
     * name {@code serverName}, with {@code publicUrl} the configured public address ("" for none).
     */
    static String of(String requestUri, String serverName, String location, String publicUrl) {
        URI target;
        try {
            target = URI.create(requestUri).resolve(URI.create(location.strip()));
        } catch (IllegalArgumentException notAnAddress) {
            return publicUrl + "/";
        }
        if (target.getRawAuthority() != null) {
            if (target.getHost() == null || !target.getHost().equalsIgnoreCase(serverName)) {
                return location;   // another site, on purpose
            }
            // the container made a relative redirect absolute with the request's Host: this server's own address
            target = URI.create(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment()));
        }
        return publicUrl + target;
    }

    static String publicUrl() {
        String configured = System.getProperty(PUBLIC_URL_PROPERTY, System.getenv(PUBLIC_URL_VARIABLE));
        if (configured == null || configured.isBlank()) {
            return "";
        }
        return configured.strip().replaceAll("/+$", "");
    }
}
