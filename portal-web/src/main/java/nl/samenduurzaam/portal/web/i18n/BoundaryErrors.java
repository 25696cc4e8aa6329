package nl.samenduurzaam.portal.web.i18n;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import nl.samenduurzaam.portal.audit.boundary.AuditLog;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.entity.IllegalStatusTransitionException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.Locale;
import java.util.Map;

/**
 * Turns what a boundary refused into translated messages: field messages for validation errors (next to the field
 * named in {@code fieldIds}), a global message for refusals. Anything else is a fault and goes to the error page.
 */
public final class BoundaryErrors {

    private BoundaryErrors() {
    }

    public static void show(RuntimeException failure, Map<String, String> fieldIds) {
        Throwable cause = unwrap(failure);
        if (cause instanceof PortalException refusal) {
            Messages.addGlobalError(refusal.getMessageKey(), refusal.getArguments().toArray());
        } else if (cause instanceof ConstraintViolationException invalid) {
            Locale locale = Texts.currentLocale();
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String message = translate(violation, locale);
                String field = fieldIds.get(lastNode(violation.getPropertyPath()));
                if (field != null) {
                    Messages.addError(field, message);
                } else {
                    Messages.addGlobalError(message);
                }
            }
        } else if (cause instanceof IllegalStatusTransitionException) {
            Messages.addGlobalError("idea.status.not-allowed");
        } else if (cause instanceof EJBAccessException) {
            CDI.current().select(AuditLog.class).get().refusedByRole(Faces.getViewId());
            Messages.addGlobalError("error.access-refused");
        } else {
            throw failure;
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static String translate(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator interpolator = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
        return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
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
                throw new jakarta.validation.ValidationException("Not supported: " + type);
            }
        }, locale);
    }
}
