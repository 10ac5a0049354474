package id.puskesnet.common.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Turns an upload above the multipart limits ({@code spring.servlet.multipart.*}), or a form body above the
 * container's form limit ({@code server.tomcat.max-http-form-post-size}), into the friendly 413 page
 * (templates/error/413.html). Tomcat refuses such a request the first time anything reads a request parameter,
 * which is the CSRF check in the security filters, and keeps refusing while the error page renders: without
 * this filter the user would get the container's bare error report. So the filter looks first and answers 413
 * itself; while the error page renders it hides the unreadable body.
 */
@Component
@Order(UploadTooLargeFilter.ORDER)
public class UploadTooLargeFilter extends OncePerRequestFilter {

    /** After the character encoding filter (which must come before any parsing), before everything else. */
    static final int ORDER = -10_000;

    /** Set on a request whose form body is above the container's limit (to the limit in MB), for the 413 page. */
    public static final String FORM_TOO_LARGE = "formTooLarge";

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();
    private final long maxFormBytes;

    UploadTooLargeFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
        this.maxFormBytes = maxFormSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formTooLarge = formTooLarge(request);
        if (!formTooLarge && (!multipart.isMultipart(request) || !tooLarge(request))) {
            chain.doFilter(request, response);
        } else if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(new WithoutBody(request), response);
        } else {
            if (formTooLarge) {
                request.setAttribute(FORM_TOO_LARGE, DataSize.ofBytes(maxFormBytes).toMegabytes());
            }
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        }
    }

    /**
     * A form (not an upload) whose body is above the container's form limit: Tomcat would refuse to read its
     * parameters, as for an upload. Told by the declared length, before anything reads the body.
     */
    private boolean formTooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        return maxFormBytes >= 0 && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && request.getContentLengthLong() > maxFormBytes;
    }

    /** Parses the upload (the container keeps the parts for the controller) and tells whether it was too large. */
    private boolean tooLarge(HttpServletRequest request) {
        try {
            multipart.resolveMultipart(request);
            return false;
        } catch (MaxUploadSizeExceededException e) {
            return true;
        } catch (MultipartException e) {
            // Malformed otherwise: the regular handling reports it.
            return false;
        }
    }

    /** The refused request as the error page sees it: no body, so no parameters and nothing multipart. */
    static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
