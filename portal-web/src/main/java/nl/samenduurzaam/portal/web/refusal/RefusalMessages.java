package nl.samenduurzaam.portal.web.refusal;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import nl.samenduurzaam.portal.audit.boundary.AuditLog;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.web.i18n.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns what a boundary refused into translated messages: a field message for each validation error whose property
 * names a field of the submitted form, a global message otherwise. Refusals are the portal's own
 * {@link PortalException}s (entities and boundaries alike), Bean Validation at the boundary and the container's role
 * check; everything else is a fault.
 */
final class RefusalMessages {

    // built once: a validator factory reads every constraint mapping when it is made
    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    private RefusalMessages() {
    }

    /** The refusal behind the wrappers of Faces, EL and EJB, if the failure is one. */
    static Optional<RuntimeException> refusalIn(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof FacesException || current instanceof ELException
                || current instanceof EJBException && !(current instanceof EJBAccessException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current instanceof PortalException || current instanceof ConstraintViolationException
                || current instanceof EJBAccessException
                ? Optional.of((RuntimeException) current) : Optional.empty();
    }

    /**
     * Shows the refusal; {@code fieldOf} gives the client id of the input for a property or for a refusal's message
     * key, if the page has one: the message then stands beside it, else at the top of the form.
     */
    static void show(RuntimeException refusal, Function<String, Optional<String>> fieldOf) {
        if (refusal instanceof PortalException refused) {
            Object[] arguments = refused.getArguments().toArray();
            fieldOf.apply(refused.getMessageKey()).ifPresentOrElse(
                    field -> Messages.addError(field, refused.getMessageKey(), arguments),
                    () -> Messages.addGlobalError(refused.getMessageKey(), arguments));
        } else if (refusal instanceof ConstraintViolationException invalid) {
            Locale locale = Texts.currentLocale();
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String message = translate(violation, locale);
                fieldOf.apply(lastNode(violation.getPropertyPath())).ifPresentOrElse(
                        field -> Messages.addError(field, message), () -> Messages.addGlobalError(message));
            }
        } else {
            CDI.current().select(AuditLog.class).get().refusedByRole(Faces.getViewId());
            Messages.addGlobalError("error.access-refused");
        }
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static String translate(ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new ValidationException("Not supported: " + type);
            }
        }, locale);
    }
}
