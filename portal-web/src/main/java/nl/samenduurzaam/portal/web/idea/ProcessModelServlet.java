package nl.samenduurzaam.portal.web.idea;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenduurzaam.workflow.idea.boundary.IdeaWorkflow;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The BPMN XML of a version of the idea lifecycle for the diagram viewer ({@code /models/idea-lifecycle?definition=}).
 * A deployed version never changes, so browsers may keep it for a day.
 */
@WebServlet(urlPatterns = ProcessModelServlet.PATH)
public class ProcessModelServlet extends HttpServlet {

    public static final String PATH = "/models/idea-lifecycle";
    private static final long serialVersionUID = 1L;
    private static final Pattern DEFINITION_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    @Inject
    private IdeaWorkflow workflow;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String definition = request.getParameter("definition");
        // an engine's definition id ("idea-lifecycle:3:<uuid>"); anything else is no model (a NUL made the query fail)
        Optional<byte[]> model = definition == null || !DEFINITION_ID.matcher(definition).matches()
                ? Optional.empty() : workflow.model(definition);
        if (model.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, max-age=86400, immutable");
        response.setContentLength(model.get().length);
        response.getOutputStream().write(model.get());
    }
}
