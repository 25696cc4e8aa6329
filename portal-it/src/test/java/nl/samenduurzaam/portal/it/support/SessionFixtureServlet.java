package nl.samenduurzaam.portal.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * Test-only, in the test deployment's WAR and never in the shipped one: a session of a browser test's own, planned
 * (or open for registration) by {@link SessionPlanner}. Answers the session's title; {@link SessionFixtures} is its
 * client.
 */
@WebServlet(urlPatterns = "/" + SessionFixtures.PATH)
public class SessionFixtureServlet extends HttpServlet {

    @EJB
    private SessionPlanner planner;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the client sends UTF-8; a servlet reads a form as ISO-8859-1 unless told
        request.setCharacterEncoding("UTF-8");
        String title = request.getParameter(SessionFixtures.TITLE);
        String participants = request.getParameter(SessionFixtures.PARTICIPANTS);
        String answer = title;
        if (participants == null) {
            planner.plan(title, request.getParameter(SessionFixtures.THEME),
                    Boolean.parseBoolean(request.getParameter(SessionFixtures.OPEN)));
        } else {
            String insights = request.getParameter(SessionFixtures.INSIGHTS);
            answer = String.valueOf(planner.running(title, request.getParameter(SessionFixtures.THEME),
                    List.of(participants.split(",")), Integer.parseInt(request.getParameter(SessionFixtures.DOTS)),
                    insights == null || insights.isEmpty() ? List.of() : List.of(insights.split("\\|"))));
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
