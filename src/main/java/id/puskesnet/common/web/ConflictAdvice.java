package id.puskesnet.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A stale edit (someone saved the record first) becomes the 409 page instead of a server error. */
@ControllerAdvice
public class ConflictAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String staleEdit() {
        return "error/409";
    }
}
