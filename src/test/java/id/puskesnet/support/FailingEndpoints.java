package id.puskesnet.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only endpoints that fail the way real code can, to show the error pages users would get. */
@TestConfiguration(proxyBeanMethods = false)
public class FailingEndpoints {

    public static final String SERVER_ERROR = "/test-only/server-error";
    public static final String STALE_EDIT = "/test-only/stale-edit";
    public static final String SECRET_IN_MESSAGE = "secret-detail-that-must-not-show";

    /** Registered as a member class of this configuration, so only contexts that import it have it. */
    @Controller
    static class FailingController {

        @GetMapping(SERVER_ERROR)
        String serverError() {
            throw new IllegalStateException("Forced failure " + SECRET_IN_MESSAGE);
        }

        @GetMapping(STALE_EDIT)
        String staleEdit() {
            throw new OptimisticLockingFailureException("Record was changed by someone else");
        }
    }
}
