package nl.samenduurzaam.portal.web.refusal;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link BoundaryRefusalExceptionHandler} in front of the handlers declared before it in faces-config. */
public class BoundaryRefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public BoundaryRefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new BoundaryRefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
