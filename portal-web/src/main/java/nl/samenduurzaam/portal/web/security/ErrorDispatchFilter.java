package nl.samenduurzaam.portal.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenduurzaam.portal.audit.boundary.AuditLog;
import nl.samenduurzaam.portal.common.LogText;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The container's error pages (403, 404) are rendered as fresh pages, never as the postback of the form that was
 * refused: Faces would otherwise restore the refused view's state and PrimeFaces would look for that form's CSP nonce
 * ("Missing CSP nonce"), and the error page itself would fail. A refused AJAX request cannot show a page in its
 * answer: the browser is sent to the page's address instead, where the person reads the error page.
 */
@WebFilter(filterName = "errorDispatch", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorDispatchFilter.class.getName());

    @Inject
    private AuditLog auditLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        auditRefusal(request);
        if (PartialRedirect.isAjax(request) && !response.isCommitted()) {
            String page = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            PartialRedirect.send(response, page == null ? request.getContextPath() + "/" : page);
            return;
        }
        chain.doFilter(new FreshPageRequest(request), response);
    }

    /** A page refused to a logged-in person is written to the audit log like every refusal of a boundary. */
    private void auditRefusal(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status) || request.getUserPrincipal() == null) {
            return;
        }
        String page = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String action = LogText.clean(page.length() > 100 ? page.substring(0, 100) : page);
        try {
            auditLog.refusedByRole(action);
        } catch (EJBAccessException withoutRoles) {
            LOG.warning(() -> "Page " + action + " refused to a caller without any portal role");
        }
    }

    /** The refused request seen as a plain GET without the refused form's fields. */
    private static final class FreshPageRequest extends HttpServletRequestWrapper {

        FreshPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
