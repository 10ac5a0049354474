package id.puskesnet.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Integration tests that drive the application through MockMvc, with the real security filter chain. */
@AutoConfigureMockMvc
public abstract class WebIntegrationTest extends PostgresIntegrationTest {

    @Autowired
    protected MockMvc mvc;
}
