package nl.samenduurzaam.portal.it.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The servlet request that runs the current in-container test, so a test can log in within it. */
public final class CurrentExchange {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    private CurrentExchange() {
    }

    static void set(HttpServletRequest request, HttpServletResponse response) {
        REQUEST.set(request);
        RESPONSE.set(response);
    }

    static void clear() {
        REQUEST.remove();
        RESPONSE.remove();
    }

    static HttpServletRequest request() {
        HttpServletRequest request = REQUEST.get();
        if (request == null) {
            throw new IllegalStateException("Not inside an Arquillian test request");
        }
        return request;
    }

    static HttpServletResponse response() {
        return RESPONSE.get();
    }
}
