package id.puskesnet.reporting.web;

import java.util.Locale;
import java.util.Map;

import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.common.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the JSON API as JSON with a message in the caller's language, never an HTML page or a 500. */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportApiErrors {

    private final MessageSource messages;

    ReportApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, String>> unreadable(Exception e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "api.body.invalid", ReportApiController.languageOf(request));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<Map<String, String>> rule(BusinessRuleException e, HttpServletRequest request) {
        return error(HttpStatus.UNPROCESSABLE_ENTITY, e.messageKey(), ReportApiController.languageOf(request));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "api.report.none", ReportApiController.languageOf(request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, "api.report.notEditable", ReportApiController.languageOf(request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "api.forbidden", ReportApiController.languageOf(request));
    }

    private ResponseEntity<Map<String, String>> error(HttpStatus status, String key, Locale locale) {
        return ResponseEntity.status(status).body(Map.of("error", messages.getMessage(key, null, locale)));
    }
}
