package nl.samenduurzaam.portal.web.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The short link on the projector, {@code /r/<session>}, short enough to type on a phone: it leads to the session's
 * room page (behind the login, which returns there). Anything but a number is not a session.
 */
@WebServlet(urlPatterns = "/r/*")
public class RoomLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String session = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!session.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/sessions/room.xhtml?session=" + session);
    }
}
