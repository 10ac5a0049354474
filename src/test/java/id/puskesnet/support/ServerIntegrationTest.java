package id.puskesnet.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Integration tests against a real embedded server, for what MockMvc cannot show: the servlet container's error
 * dispatch to the error pages, and the headers and cookies a browser receives. Same database as
 * {@link PostgresIntegrationTest}; subclasses share one context, which includes {@link FailingEndpoints}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FailingEndpoints.class)
public abstract class ServerIntegrationTest extends PostgresIntegrationTest {

    @LocalServerPort
    protected int port;

    /** A new browser without cookies. */
    protected Browser browser() {
        return new Browser("http://localhost:" + port);
    }

    /** A new browser signed in through the login form. */
    protected Browser signedIn(String username) {
        Browser browser = browser();
        browser.login(username, DemoUsers.PASSWORD);
        return browser;
    }
}
