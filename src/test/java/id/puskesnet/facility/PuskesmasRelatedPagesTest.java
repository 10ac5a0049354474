package id.puskesnet.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A puskesmas page links to its MoUs, forums, follow-ups, reports and dashboard for those who see the puskesmas;
 * those pages belong to other modules and are not tested here.
 */
class PuskesmasRelatedPagesTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    FacilityService facilities;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "dkk", "kapus.barutengah", "staf.barutengah"})
    void thePuskesmasPageLinksToItsRelatedPages(String user) throws Exception {
        long id = id("PKM-BARU-TENGAH");

        String page = page(user, id);

        assertThat(page).contains("id=\"related-heading\">Terkait</h2>")
                .contains("href=\"/mous?puskesmas=" + id + "\"")
                .contains("href=\"/forums?puskesmas=" + id + "\"")
                .contains("href=\"/follow-ups?puskesmas=" + id + "\"")
                .contains("href=\"/reports?facility=" + id + "\"")
                .contains("href=\"/dashboard/puskesmas/" + id + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "kapus.barutengah", "klinik.barutengah"})
    void aPartnersPageHasNoRelatedPanel(String user) throws Exception {
        assertThat(page(user, id("KP-SEHAT-BERSAMA"))).doesNotContain("related-heading").doesNotContain("/mous?")
                .doesNotContain("/forums?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"klinik.barutengah", "kapus.gunungbahagia"})
    void whoMayNotSeeThePuskesmasGetsNoLinksEither(String user) throws Exception {
        String page = mvc.perform(get("/facilities/{id}", id("PKM-BARU-TENGAH")).with(DemoUsers.as(users, user)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/mous?").doesNotContain("/dashboard/puskesmas/");
    }

    private String page(String user, long id) throws Exception {
        return mvc.perform(get("/facilities/{id}", id).with(DemoUsers.as(users, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long id(String code) {
        return facilities.findByCode(code).orElseThrow().id();
    }
}
