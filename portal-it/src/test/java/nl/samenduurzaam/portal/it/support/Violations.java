package nl.samenduurzaam.portal.it.support;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What Bean Validation refused at a boundary: the message templates (the keys users read translated). */
public final class Violations {

    private Violations() {
    }

    /** Calls the boundary, which must refuse the call by validation, and returns the violations' templates. */
    public static List<String> templatesOf(Supplier<?> call) {
        return of(catchThrowable(call::get)).getConstraintViolations().stream()
                .map(ConstraintViolation::getMessageTemplate).toList();
    }

    /** The validation failure inside what an EJB call threw (the container may wrap it). */
    public static ConstraintViolationException of(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        assertThat(current).as("a validation error").isInstanceOf(ConstraintViolationException.class);
        return (ConstraintViolationException) current;
    }
}
