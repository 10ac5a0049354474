package id.puskesnet.common.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Concurrent changes become the 409 page instead of a server error: a stale edit (someone saved the record
 * first: the JPA version check and the services' own version comparisons throw
 * {@link OptimisticLockingFailureException}), and two users saving the same unique code at the same moment
 * (the services check uniqueness first, so the database constraint only fires in that race).
 */
@ControllerAdvice
public class ConflictAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConflictAdvice.class);

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String staleEdit(HttpServletRequest request, Model model) {
        model.addAttribute("reloadUrl", reloadUrl(request));
        return "error/409";
    }

    /**
     * The page the user came from (a path of this application, from the Referer header), so the conflict page
     * can offer to open it again with the current data; null when there is none.
     */
    static String reloadUrl(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String concurrentDuplicate(DataIntegrityViolationException e) {
        log.warn("Constraint violated, shown as a conflict: {}", e.getMostSpecificCause().getMessage());
        return "error/409";
    }
}
