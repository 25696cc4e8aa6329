package nl.samenduurzaam.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A request body larger than the server reads for form fields (Grizzly's 2 MB) is answered with 413 and a page
 * saying so before anything reads its fields: otherwise the first component asking for a field got "Post too large" and the
 * person an error 500. No form of the portal comes near it (the longest text, a session's minutes, is 100,000
 * characters).
 */
@WebFilter(filterName = "requestSize", urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            // the body is not read: written without Faces, whose rendering would read the fields (PlainErrorPage)
            PlainErrorPage.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "error.too-large.title", "error.too-large.text");
            return;
        }
        chain.doFilter(request, response);
    }
}
