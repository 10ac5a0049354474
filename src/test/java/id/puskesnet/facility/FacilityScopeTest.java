package id.puskesnet.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The facility list and profile pages show each user exactly the facilities their role and facility allow. */
class FacilityScopeTest extends WebIntegrationTest {

    static final Set<String> DEMO_PUSKESMAS = Set.of("PKM-MANGGAR", "PKM-MANGGAR-BARU", "PKM-LAMARU", "PKM-TERITIP",
            "PKM-SEPINGGAN-BARU", "PKM-GUNUNG-BAHAGIA", "PKM-KLANDASAN-ILIR", "PKM-TELAGA-SARI", "PKM-PRAPATAN",
            "PKM-DAMAI", "PKM-MEKAR-SARI", "PKM-GUNUNG-SARI", "PKM-KARANG-JATI", "PKM-KARANG-REJO", "PKM-SUMBER-REJO",
            "PKM-KARANG-JOANG", "PKM-MUARA-RAPAK", "PKM-GRAHA-INDAH", "PKM-GUNUNG-SAMARINDA", "PKM-BARU-ULU",
            "PKM-KARIANGAU", "PKM-BARU-TENGAH", "PKM-BARU-ILIR", "PKM-MARGASARI");
    static final Set<String> BARU_TENGAH_PARTNERS = Set.of("KP-SEHAT-BERSAMA", "KP-TELUK-MEDIKA", "TPMD-ANDI-PRATAMA");
    static final Set<String> GUNUNG_BAHAGIA_PARTNERS = Set.of("KP-BAHAGIA-HUSADA", "TPMD-SARI-WULANDARI");

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    FacilityService facilities;

    @Autowired
    JdbcTemplate jdbc;

    // ---- the list ----

    @Test
    void dkkSeesEveryFacilityOfTheCity() throws Exception {
        assertThat(DEMO_PUSKESMAS).hasSize(24);
        for (String user : List.of("dkk", "admin")) {
            List<FacilitySummary> rows = allRows(user, Map.of());
            assertThat(codes(rows)).containsAll(DEMO_PUSKESMAS).containsAll(BARU_TENGAH_PARTNERS)
                    .containsAll(GUNUNG_BAHAGIA_PARTNERS).contains("KP-KARANG-REJO-MEDIKA");
            assertThat(rows).hasSize(jdbc.queryForObject("select count(*) from facility", Integer.class));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void aPuskesmasUserSeesTheirPuskesmasAndItsPartnersOnly(String user) throws Exception {
        long baruTengah = id("PKM-BARU-TENGAH");
        List<FacilitySummary> rows = allRows(user, Map.of());
        assertThat(codes(rows)).contains("PKM-BARU-TENGAH").containsAll(BARU_TENGAH_PARTNERS)
                .doesNotContainAnyElementsOf(GUNUNG_BAHAGIA_PARTNERS)
                .doesNotContain("PKM-GUNUNG-BAHAGIA", "PKM-MANGGAR", "KP-KARANG-REJO-MEDIKA");
        assertThat(rows).allSatisfy(f -> assertThat(f.id() == baruTengah
                || Long.valueOf(baruTengah).equals(f.networkPuskesmasId())).as(f.code()).isTrue());
    }

    @Test
    void anotherPuskesmasHeadSeesTheirOwnNetworkNotBaruTengahs() throws Exception {
        assertThat(codes(allRows("kapus.gunungbahagia", Map.of()))).contains("PKM-GUNUNG-BAHAGIA")
                .containsAll(GUNUNG_BAHAGIA_PARTNERS).doesNotContainAnyElementsOf(BARU_TENGAH_PARTNERS)
                .doesNotContain("PKM-BARU-TENGAH");
    }

    @ParameterizedTest
    @CsvSource({"klinik.barutengah, KP-SEHAT-BERSAMA", "klinik.gunungbahagia, KP-BAHAGIA-HUSADA"})
    void aPartnerSeesOnlyItself(String user, String ownCode) throws Exception {
        assertThat(codes(allRows(user, Map.of()))).containsExactly(ownCode);
    }

    @Test
    void filtersDoNotWidenTheScope() throws Exception {
        assertThat(allRows("kapus.barutengah", Map.of("q", "bahagia"))).isEmpty();
        assertThat(allRows("klinik.barutengah", Map.of("q", "teluk"))).isEmpty();
        assertThat(codes(allRows("kapus.barutengah", Map.of("type", "PUSKESMAS")))).containsExactly("PKM-BARU-TENGAH");
    }

    // ---- the profile page ----

    @ParameterizedTest(name = "{0} reading {1} → {2}")
    @CsvSource({
            "kapus.barutengah,     PKM-BARU-TENGAH,      200",
            "kapus.barutengah,     KP-SEHAT-BERSAMA,     200",
            "kapus.barutengah,     TPMD-ANDI-PRATAMA,    200",
            "kapus.barutengah,     PKM-GUNUNG-BAHAGIA,   403",
            "kapus.barutengah,     KP-BAHAGIA-HUSADA,    403",
            "kapus.barutengah,     PKM-MANGGAR,          403",
            "staf.barutengah,      PKM-BARU-TENGAH,      200",
            "staf.barutengah,      KP-TELUK-MEDIKA,      200",
            "staf.barutengah,      PKM-GUNUNG-BAHAGIA,   403",
            "staf.barutengah,      TPMD-SARI-WULANDARI,  403",
            "kapus.gunungbahagia,  TPMD-SARI-WULANDARI,  200",
            "kapus.gunungbahagia,  PKM-BARU-TENGAH,      403",
            "kapus.gunungbahagia,  KP-SEHAT-BERSAMA,     403",
            "klinik.barutengah,    KP-SEHAT-BERSAMA,     200",
            "klinik.barutengah,    KP-TELUK-MEDIKA,      403",
            "klinik.barutengah,    PKM-BARU-TENGAH,      403",
            "klinik.barutengah,    KP-BAHAGIA-HUSADA,    403",
            "klinik.gunungbahagia, KP-BAHAGIA-HUSADA,    200",
            "klinik.gunungbahagia, KP-SEHAT-BERSAMA,     403",
            "dkk,                  KP-BAHAGIA-HUSADA,    200",
            "dkk,                  PKM-MANGGAR,          200",
            "admin,                TPMD-ANDI-PRATAMA,    200"})
    void theProfilePageRefusesFacilitiesOutsideTheScope(String user, String code, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(get("/facilities/" + id(code)).with(as(user)))
                .andExpect(status().is(expectedStatus)).andReturn();
        String name = facilities.findByCode(code).orElseThrow().name();
        if (expectedStatus == 200) {
            assertThat(result.getResponse().getContentAsString()).contains(name);
        } else {
            assertThat(result.getResponse().getContentAsString()).doesNotContain(name);
        }
    }

    @Test
    void aPuskesmasProfileListsItsOwnNetwork() throws Exception {
        mvc.perform(get("/facilities/" + id("PKM-BARU-TENGAH")).with(as("kapus.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Klinik Pratama Sehat Bersama")))
                .andExpect(content().string(containsString("TPMD dr. Andi Pratama")))
                .andExpect(content().string(not(containsString("Klinik Pratama Bahagia Husada"))));
    }

    @Test
    void anUnknownFacilityIsNotFoundForEveryone() throws Exception {
        for (String user : List.of("dkk", "kapus.barutengah", "klinik.barutengah")) {
            mvc.perform(get("/facilities/987654321").with(as(user))).andExpect(status().isNotFound());
        }
    }

    // ---- filters, sort, pagination ----

    @Test
    void searchMatchesNameOrCodeWithoutRegardToCase() throws Exception {
        List<FacilitySummary> rows = allRows("dkk", Map.of("q", "  GUNUNG  "));
        assertThat(codes(rows)).contains("PKM-GUNUNG-BAHAGIA", "PKM-GUNUNG-SARI", "PKM-GUNUNG-SAMARINDA")
                .doesNotContain("PKM-MANGGAR");
        assertThat(rows).allSatisfy(f -> assertThat((f.name() + f.code()).toLowerCase()).contains("gunung"));
        assertThat(codes(allRows("dkk", Map.of("q", "tpmd-andi")))).containsExactly("TPMD-ANDI-PRATAMA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "'", "%_%", "a'); drop table facility; --"})
    void wildcardsAndQuotesInTheSearchAreHarmless(String query) throws Exception {
        mvc.perform(get("/facilities").param("q", query).with(as("dkk"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from facility", Integer.class)).isPositive();
    }

    @Test
    void filtersByType() throws Exception {
        List<FacilitySummary> rows = allRows("dkk", Map.of("type", "TPMD"));
        assertThat(codes(rows)).contains("TPMD-ANDI-PRATAMA", "TPMD-SARI-WULANDARI");
        assertThat(rows).allSatisfy(f -> assertThat(f.type()).isEqualTo(FacilityType.TPMD));
    }

    @Test
    void filtersByKecamatan() throws Exception {
        long barat = facilities.kecamatanOptions().stream().filter(k -> k.name().equals("Balikpapan Barat"))
                .findFirst().orElseThrow().id();
        List<FacilitySummary> rows = allRows("dkk", Map.of("kecamatan", String.valueOf(barat)));
        assertThat(codes(rows)).contains("PKM-BARU-ULU", "PKM-KARIANGAU", "PKM-BARU-TENGAH", "PKM-BARU-ILIR",
                "PKM-MARGASARI", "KP-SEHAT-BERSAMA").doesNotContain("PKM-MANGGAR", "KP-BAHAGIA-HUSADA");
        assertThat(rows).allSatisfy(f -> assertThat(f.kecamatanName()).isEqualTo("Balikpapan Barat"));
    }

    /** Rolled back afterwards: the test transaction also carries the MockMvc requests (same thread). */
    @Test
    @Transactional
    void filtersByActiveStatus() throws Exception {
        jdbc.update("update facility set active = false where code = 'KP-KARANG-REJO-MEDIKA'");
        List<FacilitySummary> inactive = allRows("dkk", Map.of("active", "false"));
        assertThat(codes(inactive)).contains("KP-KARANG-REJO-MEDIKA").doesNotContain("KP-SEHAT-BERSAMA");
        assertThat(inactive).allSatisfy(f -> assertThat(f.active()).isFalse());
        assertThat(codes(allRows("dkk", Map.of("active", "true")))).doesNotContain("KP-KARANG-REJO-MEDIKA")
                .contains("KP-SEHAT-BERSAMA");
    }

    @Test
    void sortsByNameByDefaultAndByCodeOrTypeOnRequest() throws Exception {
        Comparator<String> byText = Comparator.naturalOrder();
        assertThat(page("dkk", Map.of()).getContent()).extracting(FacilitySummary::name).isSortedAccordingTo(byText);
        assertThat(page("dkk", Map.of("sort", "code")).getContent()).extracting(FacilitySummary::code)
                .isSortedAccordingTo(byText);
        assertThat(page("dkk", Map.of("sort", "type")).getContent()).extracting(f -> f.type().name())
                .isSortedAccordingTo(byText);
        assertThat(page("dkk", Map.of("sort", "password_hash")).getContent()).extracting(FacilitySummary::name)
                .isSortedAccordingTo(byText);
    }

    @Test
    void pagesHoldTwentyRowsWithoutOverlapAndLinksKeepTheFilters() throws Exception {
        Page<FacilitySummary> first = page("dkk", Map.of("type", "PUSKESMAS"));
        Page<FacilitySummary> second = page("dkk", Map.of("type", "PUSKESMAS", "page", "1"));
        assertThat(first.getContent()).hasSize(20);
        assertThat(first.getTotalElements()).isGreaterThanOrEqualTo(24);
        assertThat(second.getContent()).hasSize((int) first.getTotalElements() - 20);
        assertThat(codes(second.getContent())).doesNotContainAnyElementsOf(codes(first.getContent()));

        mvc.perform(get("/facilities").queryParam("type", "PUSKESMAS").with(as("dkk")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*href=\"[^\"]*/facilities\\?type=PUSKESMAS&amp;page=1\".*")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-99999", "2147483647", "999"})
    void outOfRangePagesAreHarmless(String pageNumber) throws Exception {
        mvc.perform(get("/facilities").param("page", pageNumber).with(as("dkk"))).andExpect(status().isOk());
    }

    @Test
    void markupInTheSearchIsEchoedEscaped() throws Exception {
        String markup = "<script>alert('x')</script><b onmouseover=\"x()\">";
        mvc.perform(get("/facilities").param("q", markup).with(as("dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b onmouseover"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
    }

    @Test
    void aTenThousandCharacterSearchIsNoServerError() throws Exception {
        mvc.perform(get("/facilities").param("q", "x".repeat(10_000)).with(as("dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada fasilitas yang cocok dengan filter ini.")));
    }

    // ---- helpers ----

    private RequestPostProcessor as(String user) {
        return DemoUsers.as(userDetailsService, user);
    }

    private long id(String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Page<FacilitySummary> page(String user, Map<String, String> parameters) throws Exception {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        parameters.forEach(query::add);
        MvcResult result = mvc.perform(get("/facilities").queryParams(query).with(as(user)))
                .andExpect(status().isOk()).andReturn();
        return (Page<FacilitySummary>) result.getModelAndView().getModel().get("page");
    }

    private List<FacilitySummary> allRows(String user, Map<String, String> parameters) throws Exception {
        List<FacilitySummary> rows = new ArrayList<>();
        for (int number = 0; ; number++) {
            Map<String, String> withPage = new HashMap<>(parameters);
            withPage.put("page", String.valueOf(number));
            Page<FacilitySummary> page = page(user, withPage);
            rows.addAll(page.getContent());
            if (page.isLast() || page.isEmpty()) {
                return rows;
            }
        }
    }

    private static List<String> codes(List<FacilitySummary> rows) {
        return rows.stream().map(FacilitySummary::code).toList();
    }
}
