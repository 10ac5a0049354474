package id.puskesnet.account.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Sends a locked username to its own message; every other failure gets one message that reveals nothing. */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    LoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LoginLockedException) {
            getRedirectStrategy().sendRedirect(request, response, "/login?locked");
        } else {
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
