package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Every redirect of the portal (Faces, servlets) goes to a {@link RedirectLocations} address: the container would
 * otherwise write the request's Host header into the Location, so a forged Host sent the browser elsewhere.
 */
@WebFilter(filterName = "hostIndependentRedirects", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class HostIndependentRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                redirect(request, response, location);
            }
        });
    }

    /** What {@code sendRedirect} does, with a Location the container does not make absolute from the Host. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        if (response.isCommitted()) {
            throw new IllegalStateException("The response was sent before the redirect to " + location);
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", RedirectLocations.of(request, location));
        response.flushBuffer();
    }
}
