package nl.samenduurzaam.portal.web.refusal;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Shows a boundary's refusal on the page that asked, and lets the lifecycle render it again with the messages and
 * the person's input. A page opened by a role it is not meant for (the container's role check refusing its view
 * action) is refused as a whole: HTTP 403 and the refusal page, audited there, instead of a half-loaded page whose
 * rendering would run into the next refusal. A refusal while the response is rendered cannot be shown either way: it
 * goes on, with every fault, to the handlers behind this one (the error page).
 */
public class BoundaryRefusalExceptionHandler extends ExceptionHandlerWrapper {

    public BoundaryRefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            SubmittedFields fields = new SubmittedFields(faces);
            for (Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
                 queued.hasNext(); ) {
                Optional<RuntimeException> refusal =
                        RefusalMessages.refusalIn(queued.next().getContext().getException());
                if (refusal.isPresent()) {
                    queued.remove();
                    if (refusal.get() instanceof EJBAccessException && !faces.isPostback()) {
                        refuseThePage(faces);
                        break;
                    }
                    RefusalMessages.show(refusal.get(), fields::refuse);
                    faces.validationFailed();
                }
            }
        }
        super.handle();
    }

    /** The container's error page for 403 renders it; the error dispatch writes the refusal to the audit log. */
    private static void refuseThePage(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        } catch (IOException unsent) {
            throw new UncheckedIOException(unsent);
        }
        faces.responseComplete();
    }
}
