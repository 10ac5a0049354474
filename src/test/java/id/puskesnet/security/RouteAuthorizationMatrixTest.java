package id.puskesnet.security;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import id.puskesnet.access.Role;
import id.puskesnet.account.AccountService;
import id.puskesnet.account.NewUser;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, taken from Spring's own handler mappings, against every role, with the ids of
 * records that belong to Puskesmas Baru Tengah and its network while the users of the other facility roles work
 * for Gunung Bahagia. {@link RouteTable} declares who may do what; a route missing from it fails the build.
 * <p>
 * A refused user must get 403 or 404 and nothing may change; an allowed user must not be refused and must never
 * see a server error. Changing requests (POST, PUT) are sent only by refused users, so the shared demo data
 * stays as it is; the modules' own tests cover what allowed users change.
 */
class RouteAuthorizationMatrixTest extends WebIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static String staffOfGunungBahagia;

    @Test
    void everyRouteOfTheApplicationIsInTheTable() {
        Set<String> routes = routes();
        Set<String> declared = new TreeSet<>(RouteTable.declared());

        assertThat(new TreeSet<>(routes)).as("routes missing from RouteTable").isSubsetOf(declared);
        assertThat(declared).as("routes in RouteTable that no longer exist").isSubsetOf(routes);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatTheTableSays() {
        RouteTable table = new RouteTable(RouteFixtures.load(jdbc));
        Map<Character, String> usernames = Map.of('A', "admin", 'D', "dkk", 'H', "kapus.gunungbahagia",
                'S', staffOfGunungBahagia(), 'P', "klinik.gunungbahagia");
        List<DynamicTest> tests = new ArrayList<>();
        for (RouteTable.Entry entry : table.entries()) {
            for (Map.Entry<Character, String> user : usernames.entrySet()) {
                boolean allowed = entry.allowed().equals(RouteTable.ERROR_PAGE) || entry.allowed().indexOf(user.getKey()) >= 0;
                boolean changing = !entry.method().equals("GET");
                if (allowed && changing) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(entry.route() + " as " + user.getValue(), () -> {
                    int status = send(entry, user.getValue());
                    if (entry.allowed().equals(RouteTable.ERROR_PAGE)) {
                        assertThat(status).isNotIn(401, 403);
                    } else if (allowed) {
                        assertThat(status).as("%s %s as %s", entry.method(), entry.path(), user.getValue())
                                .isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(status).as("%s %s as %s", entry.method(), entry.path(), user.getValue())
                                .isIn(403, 404);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private int send(RouteTable.Entry entry, String username) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(entry.method()), entry.path())
                .with(as(users, username));
        entry.params().forEach(request::param);
        if (!entry.method().equals("GET")) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> routes.add(method + " " + pattern));
            }
        }
        return routes;
    }

    /** A puskesmas staff account of Gunung Bahagia (the demo has one only for Baru Tengah). */
    private String staffOfGunungBahagia() {
        if (staffOfGunungBahagia == null) {
            String username = "staf.gb." + UUID.randomUUID().toString().substring(0, 6);
            long gunungBahagia = jdbc.queryForObject("select id from facility where code = 'PKM-GUNUNG-BAHAGIA'", Long.class);
            accounts.create(new NewUser(username, "Staf Gunung Bahagia (uji)", Role.PUSKESMAS_STAFF, gunungBahagia,
                    DemoUsers.PASSWORD));
            staffOfGunungBahagia = username;
        }
        return staffOfGunungBahagia;
    }
}
