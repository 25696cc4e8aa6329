package nl.samenduurzaam.portal.web.refusal;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import java.util.Iterator;
import java.util.Optional;

/**
 * Shows a boundary's refusal on the page that asked, and lets the lifecycle render it again with the messages and
 * the person's input. A refusal while the response is rendered cannot be shown that way: it goes on, with every
 * fault, to the handlers behind this one (the error page).
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
                    RefusalMessages.show(refusal.get(), fields::refuse);
                    faces.validationFailed();
                }
            }
        }
        super.handle();
    }
}
