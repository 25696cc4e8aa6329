package nl.samenduurzaam.workflow.engine;

import jakarta.ejb.ApplicationException;

/**
 * Carries an engine command's failure through {@link ContainerTransactions} unchanged: as an application exception
 * the container neither wraps nor logs it; the transaction is rolled back (or, when joined, marked for rollback).
 */
@ApplicationException(rollback = true)
public class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException(RuntimeException cause) {
        super(cause.getMessage(), cause, false, false);
    }

    RuntimeException failure() {
        return (RuntimeException) getCause();
    }
}
