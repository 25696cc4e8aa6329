package nl.samenduurzaam.portal.it.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Test-only: keeps Arquillian's test request at hand for {@link Users}. Never part of the shipped WAR. */
@WebFilter(urlPatterns = "/ArquillianServletRunnerEE9")
public class CurrentExchangeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CurrentExchange.set(request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentExchange.clear();
        }
    }
}
