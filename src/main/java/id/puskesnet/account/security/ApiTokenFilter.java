package id.puskesnet.account.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import id.puskesnet.access.ApiClient;
import id.puskesnet.access.ApiClientResolver;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a partner system by its {@code Authorization: Bearer <token>} header, for this request only. */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String API_AUTHORITY = "ROLE_API";

    private final ApiClientResolver resolver;

    ApiTokenFilter(ApiClientResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiClient> client = resolver.resolve(header.substring(7).strip());
            client.ifPresent(c -> SecurityContextHolder.getContext().setAuthentication(new ApiAuthentication(c)));
        }
        chain.doFilter(request, response);
    }

    /** The authentication of a partner system; its name is what the audit trail records. */
    static final class ApiAuthentication extends AbstractAuthenticationToken {

        private final ApiClient client;

        ApiAuthentication(ApiClient client) {
            super(List.of(new SimpleGrantedAuthority(API_AUTHORITY)));
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return client.name();
        }
    }
}
