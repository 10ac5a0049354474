package id.puskesnet.reporting;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator extends the data element catalogue without code changes; nobody else may. */
class DataElementAdministrationTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    ProgramCatalog programs;
    @Autowired
    DataElementCatalog catalog;

    @Test
    void aNewElementAppearsOnTheEntryFormOfTheTypesThatReportItUntilDeactivated() throws Exception {
        String code = "TB_TCM_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(form("/admin/data-elements/new", "admin", code, "Pemeriksaan TCM", "10000")
                        .param("reporterTypes", "TPMD"))
                .andExpect(redirectedUrl("/admin/data-elements"));
        DataElementOption element = catalog.all().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
        try {
            String location = mvc.perform(post("/reports").param("period", "2011-02")
                            .with(as(users, "klinik.barutengah")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
            mvc.perform(get(location).with(as(users, "klinik.barutengah")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("v_" + code))));
            assertThat(catalog.reportedBy("TPMD")).extracting(DataElementOption::code).contains(code);

            mvc.perform(form("/admin/data-elements/new", "admin", code.toLowerCase(), "Lagi", "10")
                            .param("reporterTypes", "TPMD"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kode ini sudah dipakai")));
        } finally {
            mvc.perform(form("/admin/data-elements/" + element.id(), "admin", code, "Pemeriksaan TCM", "10000", false)
                            .param("reporterTypes", "TPMD").param("version", "0"))
                    .andExpect(redirectedUrl("/admin/data-elements"));
        }
        assertThat(catalog.reportedBy("TPMD")).extracting(DataElementOption::code).doesNotContain(code);
        mvc.perform(get("/admin/data-elements/" + element.id()).with(as(users, "admin")))
                .andExpect(content().string(containsString("Riwayat")));
    }

    @Test
    void theCatalogueReadsEveryChangeAtOnceAReportersChangeToo() throws Exception {
        String code = "GIZI_X_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        mvc.perform(form("/admin/data-elements/new", "admin", code, "Balita ditimbang ulang", "500")
                        .param("reporterTypes", "TPMD"))
                .andExpect(redirectedUrl("/admin/data-elements"));
        long id = catalog.all().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow().id();
        assertThat(catalog.reportedBy("KLINIK_PRATAMA")).extracting(DataElementOption::code).doesNotContain(code);

        // Only who reports it changes (the element's own columns stay as they were).
        mvc.perform(form("/admin/data-elements/" + id, "admin", code, "Balita ditimbang ulang", "500")
                        .param("reporterTypes", "KLINIK_PRATAMA").param("version", "0"))
                .andExpect(redirectedUrl("/admin/data-elements"));

        assertThat(catalog.reportedBy("KLINIK_PRATAMA")).extracting(DataElementOption::code).contains(code);
        assertThat(catalog.reportedBy("TPMD")).extracting(DataElementOption::code).doesNotContain(code);
        mvc.perform(form("/admin/data-elements/" + id, "admin", code, "Balita ditimbang ulang", "500", false)
                        .param("reporterTypes", "KLINIK_PRATAMA").param("version", "1"))
                .andExpect(redirectedUrl("/admin/data-elements"));
        assertThat(catalog.reportedBy("KLINIK_PRATAMA")).extracting(DataElementOption::code).doesNotContain(code);
    }

    @Test
    void badInputIsExplainedBesideTheFields() throws Exception {
        mvc.perform(form("/admin/data-elements/new", "admin", "1 bad code", "<script>x</script>", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Format tidak valid")))
                
                .andExpect(content().string(containsString("Pilih minimal satu jenis fasilitas")))
                .andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")));
        mvc.perform(form("/admin/data-elements/new", "admin", "OK_CODE", "Nama", "0").param("reporterTypes", "NOPE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("antara 1 dan 100.000.000")));
        mvc.perform(get("/admin/data-elements/999999999").with(as(users, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheAdministratorReachesTheCatalogue() throws Exception {
        for (String user : new String[] {"dkk", "kapus.barutengah", "staf.barutengah", "klinik.barutengah"}) {
            mvc.perform(get("/admin/data-elements").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(form("/admin/data-elements/new", user, "X_CODE", "Nama", "10").param("reporterTypes", "TPMD"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/data-elements").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("TB_TERDUGA_PERIKSA")))
                .andExpect(content().string(containsString("GIZI_N")));
    }

    private MockHttpServletRequestBuilder form(String url, String user, String code, String name, String max) {
        return form(url, user, code, name, max, true);
    }

    private MockHttpServletRequestBuilder form(String url, String user, String code, String name, String max, boolean active) {
        long tb = programs.findByCode("TB").orElseThrow().id();
        return post(url).param("code", code).param("name", name).param("nameEn", name)
                .param("programId", String.valueOf(tb)).param("unit", "orang").param("maxValue", max)
                .param("sortOrder", "200").param("active", String.valueOf(active)).with(as(users, user)).with(csrf());
    }
}
