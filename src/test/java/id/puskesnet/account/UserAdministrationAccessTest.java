package id.puskesnet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every role but the DKK administrator is refused every account-management route. */
class UserAdministrationAccessTest extends WebIntegrationTest {

    private static final List<String> OTHER_ROLES =
            List.of("dkk", "kapus.barutengah", "staf.barutengah", "klinik.barutengah");
    private static final List<String> ROUTES = List.of(
            "GET /admin/users", "GET /admin/users/new", "POST /admin/users/new",
            "GET /admin/users/{id}/edit", "POST /admin/users/{id}/edit",
            "GET /admin/users/{id}/password", "POST /admin/users/{id}/password",
            "POST /admin/users/{id}/disable", "POST /admin/users/{id}/enable");
    private static final String PASSWORD = "rahasia-target-1";

    /** The account the refused requests aim at (changing it would bump its version), and the count of accounts. */
    private static Long targetId;
    private static long accountsAfterSetUp;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    AccountService accounts;

    @Autowired
    FacilityService facilities;

    static Stream<Arguments> otherRolesAndRoutes() {
        return OTHER_ROLES.stream().flatMap(user -> ROUTES.stream().map(route -> Arguments.of(user, route)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("otherRolesAndRoutes")
    void onlyTheDkkAdministratorManagesAccounts(String username, String route) throws Exception {
        long id = target();
        String[] methodAndPath = route.split(" ");
        MockHttpServletRequestBuilder request = methodAndPath[0].equals("GET")
                ? get(methodAndPath[1], id)
                : post(methodAndPath[1], id).with(csrf())
                        .param("username", FreshUsers.username("penyusup"))
                        .param("fullName", "Diubah tanpa hak").param("role", "DKK_ADMIN")
                        .param("version", "0")
                        .param("password", "rahasia-penyusup-1").param("confirmPassword", "rahasia-penyusup-1")
                        .param("newPassword", "rahasia-penyusup-1");

        mvc.perform(request.with(DemoUsers.as(userDetailsService, username))).andExpect(status().isForbidden());

        UserSummary target = accounts.get(id);
        assertThat(target.role()).isEqualTo(Role.PUSKESMAS_STAFF);
        assertThat(target.version()).isZero();
        assertThat(accounts.countUsers()).isEqualTo(accountsAfterSetUp);
    }

    private synchronized long target() {
        if (targetId == null) {
            targetId = FreshUsers.create(accounts, facilities, FreshUsers.username("sasaran"), Role.PUSKESMAS_STAFF,
                    "PKM-BARU-TENGAH", PASSWORD);
            accountsAfterSetUp = accounts.countUsers();
        }
        return targetId;
    }
}
