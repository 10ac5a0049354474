package id.puskesnet.common.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the multipart limit ({@code spring.servlet.multipart.max-request-size}) fails as soon as any
 * filter reads a parameter (the CSRF check does), and then even the error page cannot be shown: the user would get
 * the servlet container's bare error page. First in the chain, this filter sends such a request back to the form's
 * page with {@code ?uploadTooLarge=true}, where the form says the file is too large. Only for the partner import;
 * other uploads get the 413 page of {@link UploadTooLargeFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OversizedUploadFilter extends OncePerRequestFilter {

    public static final String PARAMETER = "uploadTooLarge";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request) && request.getRequestURI().startsWith(request.getContextPath() + "/facilities/import")) {
            try {
                request.getParameterNames();
            } catch (IllegalStateException e) {
                if (!tooLarge(e)) {
                    throw e;
                }
                response.sendRedirect(request.getRequestURI() + "?" + PARAMETER + "=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The container reports a size limit by message only ("... exceeds the configured maximum ..."). */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("exceed")) {
                return true;
            }
        }
        return false;
    }
}
