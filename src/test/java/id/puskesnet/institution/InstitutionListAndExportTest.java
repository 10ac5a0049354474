package id.puskesnet.institution;

import static id.puskesnet.institution.FreshInstitutions.ADMINISTRATOR;
import static id.puskesnet.institution.FreshInstitutions.BARU_TENGAH;
import static id.puskesnet.institution.FreshInstitutions.GUNUNG_BAHAGIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.KecamatanOption;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Searching, filtering, sorting and paging the list, and the CSV export of exactly what the list shows. */
class InstitutionListAndExportTest extends WebIntegrationTest {

    /** 22 institutions with one marker in their names, more than a page holds. */
    private static String marker;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    InstitutionRegistry registry;

    @Autowired
    InstitutionService institutions;

    @Autowired
    FacilityService facilities;

    @Test
    void searchFindsNameOrContactPerson() throws Exception {
        String marker = marker();
        mvc.perform(get("/institutions").param("q", marker.toUpperCase()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">23 data<")));
        mvc.perform(get("/institutions").param("q", "Narahubung " + marker).with(as("admin")))
                .andExpect(content().string(containsString(">1 data<")))
                .andExpect(content().string(containsString("Kantor " + marker + " 07")));
    }

    @Test
    void theListIsPagedByTwentyWithLinksThatKeepTheFilters() throws Exception {
        String marker = marker();
        // The query string, not MockMvc parameters: the links are built from the address the browser asked for.
        mvc.perform(get("/institutions?q=" + marker).with(as("admin")))
                .andExpect(content().string(containsString("Halaman 1 dari 2")))
                .andExpect(content().string(containsString("Kantor " + marker + " 20")))
                .andExpect(content().string(not(containsString("Kantor " + marker + " 21"))))
                .andExpect(content().string(containsString("q=" + marker + "&amp;page=1")));
        mvc.perform(get("/institutions").param("q", marker).param("page", "1").with(as("admin")))
                .andExpect(content().string(containsString("Halaman 2 dari 2")))
                .andExpect(content().string(containsString("Kantor " + marker + " 21")))
                .andExpect(content().string(containsString("Kantor " + marker + " 22")));
    }

    @Test
    void sortingBySectorPutsSectorsInOrder() throws Exception {
        String marker = marker();
        String page = mvc.perform(get("/institutions").param("q", marker).param("sector", "")
                        .param("sort", "sector").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        // Office 03 (KECAMATAN) comes before office 01 (LPM): by sector first, by name within a sector.
        assertThat(page.indexOf("Kantor " + marker + " 02")).isPositive()
                .isLessThan(page.indexOf("Kantor " + marker + " 03"));
        assertThat(page.indexOf("Kantor " + marker + " 03")).isLessThan(page.indexOf("Kantor " + marker + " 01"));
    }

    @Test
    void theExportHasEveryFilteredRowNotJustAPage() throws Exception {
        String marker = marker();
        List<String> lines = csv(get("/institutions/export.csv").param("q", marker).param("sort", "name"), "admin");

        assertThat(lines).hasSize(1 + 23);
        assertThat(lines.get(0)).isEqualTo(
                "Nama institusi,Sektor,Dikelola oleh,Kecamatan,Alamat,Narahubung,Telepon,Email,Status,Catatan");
        assertThat(lines).anyMatch(line -> line.startsWith("Kantor " + marker + " 22,"));
        assertThat(lines).contains("Sekolah " + marker + ",Sekolah,Puskesmas Gunung Bahagia,Balikpapan Selatan,"
                + "\"Jl. Mawar, No. 1\",Guru UKS,'+62 542 111,uks@example.org,Aktif,\"Catatan \"\"penting\"\"\"");
    }

    @Test
    void theExportHonoursEveryFilter() throws Exception {
        String marker = marker();
        long kecamatanSelatan = facilities.kecamatanOptions().stream()
                .filter(k -> k.name().equals("Balikpapan Selatan")).mapToLong(KecamatanOption::id).findFirst()
                .orElseThrow();
        assertThat(csv(get("/institutions/export.csv").param("q", marker).param("sector", "SEKOLAH"), "admin"))
                .hasSize(2);
        assertThat(csv(get("/institutions/export.csv").param("q", marker)
                .param("kecamatan", String.valueOf(kecamatanSelatan)), "admin")).hasSize(2);
        assertThat(csv(get("/institutions/export.csv").param("q", marker).param("active", "false"), "admin"))
                .hasSize(1 + 1).last().asString().startsWith("Kantor " + marker + " 01,");
        assertThat(csv(get("/institutions/export.csv").param("q", marker).param("owner", "dkk"), "admin"))
                .hasSize(1 + 11);
        assertThat(csv(get("/institutions/export.csv").param("q", marker)
                .param("owner", String.valueOf(FreshInstitutions.puskesmasId(facilities, GUNUNG_BAHAGIA))), "admin"))
                .hasSize(1 + 1);
    }

    @Test
    void theExportHonoursTheUsersScope() throws Exception {
        String marker = marker();
        List<String> lines = csv(get("/institutions/export.csv").param("q", marker), "kapus.barutengah");

        assertThat(lines).hasSize(1 + 22);
        assertThat(lines).noneMatch(line -> line.startsWith("Sekolah " + marker));
        assertThat(csv(get("/institutions/export.csv").param("q", marker)
                .param("owner", String.valueOf(FreshInstitutions.puskesmasId(facilities, GUNUNG_BAHAGIA))),
                "staf.barutengah")).noneMatch(line -> line.startsWith("Sekolah " + marker));
    }

    @Test
    void theExportIsUtf8WithBomAndHeadersInTheUsersLanguage() throws Exception {
        String marker = marker();
        byte[] bytes = mvc.perform(get("/institutions/export.csv").param("q", marker).param("sector", "SEKOLAH")
                        .param("lang", "en").with(as("dkk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Institution name,Sector,Kept by,District (kecamatan),");
        assertThat(text).contains("Sekolah " + marker + ",School,Puskesmas Gunung Bahagia,");
    }

    @Test
    void theListLinksToAnExportWithTheSameFilters() throws Exception {
        String marker = marker();
        mvc.perform(get("/institutions?q=" + marker + "&sector=SEKOLAH").with(as("admin")))
                .andExpect(content().string(containsString(
                        "/institutions/export.csv?q=" + marker + "&amp;sector=SEKOLAH")));
    }

    private List<String> csv(MockHttpServletRequestBuilder request, String username) throws Exception {
        String text = new String(mvc.perform(request.with(as(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return Arrays.asList(text.substring(1).split("\r\n"));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return DemoUsers.as(userDetailsService, username);
    }

    /**
     * Creates, once: 11 city-level (odd numbers) and 11 Baru Tengah offices (even numbers), sector LPM for numbers
     * 1, 4, 7, ... and KECAMATAN for the others, the first one inactive;
     * and one Gunung Bahagia school with every field filled, all named with one marker.
     */
    private synchronized String marker() {
        if (marker == null) {
            String fresh = FreshInstitutions.name("penanda").replace(" ", "");
            long baruTengah = FreshInstitutions.puskesmasId(facilities, BARU_TENGAH);
            InstitutionSector[] sectors = {InstitutionSector.KECAMATAN, InstitutionSector.LPM,
                    InstitutionSector.KECAMATAN};
            for (int n = 1; n <= 22; n++) {
                String name = "Kantor %s %02d".formatted(fresh, n);
                Long owner = n % 2 == 0 ? baruTengah : null;
                long id = registry.create(ADMINISTRATOR, new InstitutionData(name, sectors[n % 3], owner, null, null,
                        n == 7 ? "Narahubung " + fresh : null, null, null, null));
                if (n == 1) {
                    registry.setActive(ADMINISTRATOR, id, false);
                }
            }
            long kecamatanSelatan = facilities.kecamatanOptions().stream()
                    .filter(k -> k.name().equals("Balikpapan Selatan")).mapToLong(KecamatanOption::id).findFirst()
                    .orElseThrow();
            registry.create(ADMINISTRATOR, new InstitutionData("Sekolah " + fresh,
                    InstitutionSector.SEKOLAH, FreshInstitutions.puskesmasId(facilities, GUNUNG_BAHAGIA),
                    kecamatanSelatan, "Jl. Mawar, No. 1", "Guru UKS", "+62 542 111", "uks@example.org",
                    "Catatan \"penting\""));
            marker = fresh;
        }
        return marker;
    }
}
