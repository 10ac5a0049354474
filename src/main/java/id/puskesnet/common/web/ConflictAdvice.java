package id.puskesnet.common.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A stale edit (someone saved the record first) becomes the 409 page instead of a server error: both the JPA
 * version check and a service's own version comparison throw an {@link OptimisticLockingFailureException}.
 */
@ControllerAdvice
public class ConflictAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String staleEdit() {
        return "error/409";
    }
}
