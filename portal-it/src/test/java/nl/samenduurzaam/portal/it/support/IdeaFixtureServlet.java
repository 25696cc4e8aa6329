package nl.samenduurzaam.portal.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenduurzaam.portal.idea.boundary.IdeaSummary;

import java.io.IOException;

/**
 * Test-only, in the test deployment's WAR and never in the shipped one: gives a browser test an idea of its own that
 * waits at a step of the lifecycle, walked there through the real process by {@link TaskDriver}. Answers the idea's
 * number; {@link IdeaFixtures} is its client.
 */
@WebServlet(urlPatterns = "/" + IdeaFixtures.PATH)
public class IdeaFixtureServlet extends HttpServlet {

    @Inject
    private TaskDriver driver;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the client sends UTF-8; a servlet reads a form as ISO-8859-1 unless told ("Coöperatief")
        request.setCharacterEncoding("UTF-8");
        CurrentExchange.set(request, response);
        try {
            String step = request.getParameter(IdeaFixtures.STEP);
            String partner = request.getParameter(IdeaFixtures.PARTNER);
            String title = request.getParameter(IdeaFixtures.TITLE);
            String session = request.getParameter(IdeaFixtures.SESSION);
            IdeaSummary idea = session == null ? driver.ideaWaitingAt(step, partner, title)
                    : driver.sessionIdeaWaitingAt(step, partner, session, title);
            Users.logout();
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(idea.number());
        } finally {
            CurrentExchange.clear();
        }
    }
}
