package id.puskesnet.institution;

import static id.puskesnet.institution.FreshInstitutions.ADMINISTRATOR;
import static id.puskesnet.institution.FreshInstitutions.BARU_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The create and edit form: validation, bad input that must not break anything, and the audit history. */
class InstitutionFormTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    InstitutionRegistry registry;

    @Autowired
    InstitutionService institutions;

    @Autowired
    FacilityService facilities;

    @Test
    void nameAndSectorAreRequired() throws Exception {
        mvc.perform(create().param("name", "   ").param("contactPerson", "Tetap di formulir"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Periksa kembali isian yang ditandai.")))
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("value=\"Tetap di formulir\"")));
    }

    @Test
    void aTenThousandCharacterNameIsRefusedWithAMessage() throws Exception {
        String name = "Sekolah " + "x".repeat(10_000);
        mvc.perform(create().param("name", name).param("sector", "SEKOLAH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 200 karakter.")));
        assertThat(named("Sekolah xxxxxxxxxx")).isZero();
    }

    @Test
    void aBadEmailOrPhoneIsRefused() throws Exception {
        String name = FreshInstitutions.name("Sekolah email salah");
        mvc.perform(create().param("name", name).param("sector", "SEKOLAH").param("email", "bukan-alamat-email")
                        .param("phone", "telepon?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alamat email tidak valid.")))
                .andExpect(content().string(containsString("Nomor telepon tidak valid")));
        assertThat(named(name)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUKAN_SEKTOR", "<b>", "99999999999999999999"})
    void anUnknownSectorIsAFieldErrorNotAServerError(String sector) throws Exception {
        String name = FreshInstitutions.name("Sektor aneh");
        mvc.perform(create().param("name", name).param("sector", sector))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai tidak valid.")));
        assertThat(named(name)).isZero();
    }

    @Test
    void unknownOwnerOrKecamatanAreFieldErrors() throws Exception {
        String name = FreshInstitutions.name("Pemilik aneh");
        mvc.perform(create().param("name", name).param("sector", "LAINNYA").param("ownerPuskesmasId", "987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puskesmas tidak ditemukan atau tidak aktif.")));
        mvc.perform(create().param("name", name).param("sector", "LAINNYA").param("kecamatanId", "987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kecamatan tidak ditemukan.")));
        mvc.perform(create().param("name", name).param("sector", "LAINNYA").param("kecamatanId", "satu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai tidak valid.")));
        assertThat(named(name)).isZero();
    }

    @Test
    void markupInANameIsStoredAsTypedAndShownEscaped() throws Exception {
        String name = FreshInstitutions.name("<script>alert('x')</script> Sekolah");
        mvc.perform(create().param("name", name).param("sector", "SEKOLAH"))
                .andExpect(status().isFound());
        long id = institutions.search(ADMINISTRATOR, new InstitutionFilter(name, null, null, null, false, null),
                Pageable.unpaged()).getContent().get(0).id();
        assertThat(institutions.details(ADMINISTRATOR, id).name()).isEqualTo(name);

        mvc.perform(get("/institutions/{id}", id).with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert("))));
        mvc.perform(get("/institutions").param("q", "alert").with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert("))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/institutions/abc", "/institutions/abc/edit", "/institutions/99999999999999999999",
            "/institutions?page=satu", "/institutions?kecamatan=x", "/institutions?sector=BUKAN",
            "/institutions?owner=nol", "/institutions/export.csv?active=mungkin"})
    void malformedAddressesAreBadRequests(String path) throws Exception {
        mvc.perform(get(path).with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void postsToMalformedAddressesAreBadRequests() throws Exception {
        mvc.perform(post("/institutions/abc/deactivate").with(csrf()).with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        long unknown = Long.MAX_VALUE;
        for (String path : new String[] {"/institutions/{id}", "/institutions/{id}/edit"}) {
            mvc.perform(get(path, unknown).with(DemoUsers.as(userDetailsService, "admin")))
                    .andExpect(status().isNotFound());
        }
        for (String path : new String[] {"/institutions/{id}/deactivate", "/institutions/{id}/activate"}) {
            mvc.perform(post(path, unknown).with(csrf()).with(DemoUsers.as(userDetailsService, "admin")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/institutions/{id}/edit", unknown).with(csrf()).with(DemoUsers.as(userDetailsService, "admin"))
                        .param("name", "Tidak ada").param("sector", "LAINNYA").param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditIsAConflictAndKeepsTheNewerData() throws Exception {
        long id = FreshInstitutions.create(registry, FreshInstitutions.name("PKK uji"), InstitutionSector.PKK,
                FreshInstitutions.puskesmasId(facilities, BARU_TENGAH));
        String newer = FreshInstitutions.name("PKK disimpan dulu");
        registry.update(ADMINISTRATOR, id, new InstitutionData(newer, InstitutionSector.PKK,
                FreshInstitutions.puskesmasId(facilities, BARU_TENGAH), null, null, null, null, null, null), 0);

        mvc.perform(post("/institutions/{id}/edit", id).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")).accept("text/html")
                        .param("name", "PKK versi lama").param("sector", "PKK").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data sudah diubah orang lain")));
        assertThat(institutions.details(ADMINISTRATOR, id).name()).isEqualTo(newer);
    }

    @Test
    void creationChangesAndDeactivationAppearInTheHistory() throws Exception {
        String name = FreshInstitutions.name("Polsek uji riwayat");
        mvc.perform(post("/institutions/new").with(csrf()).with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("name", name).param("sector", "KEPOLISIAN").param("contactPerson", "Aipda Lama")
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "institution.created"));
        long id = institutions.search(ADMINISTRATOR, new InstitutionFilter(name, null, null, null, false, null),
                Pageable.unpaged()).getContent().get(0).id();
        mvc.perform(post("/institutions/{id}/edit", id).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("name", name).param("sector", "KEPOLISIAN").param("contactPerson", "Aipda Baru")
                        .param("email", "polsek.uji@example.org").param("version", "0"))
                .andExpect(redirectedUrl("/institutions/" + id));
        mvc.perform(post("/institutions/{id}/deactivate", id).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(redirectedUrl("/institutions/" + id));

        mvc.perform(get("/institutions/{id}", id).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Riwayat perubahan")))
                .andExpect(content().string(containsString("Dibuat")))
                .andExpect(content().string(containsString("Puskesmas Baru Tengah")))
                .andExpect(content().string(containsString("Diubah")))
                .andExpect(content().string(containsString("Aipda Lama</span> →")))
                .andExpect(content().string(containsString("Aipda Baru")))
                .andExpect(content().string(containsString("polsek.uji@example.org")))
                .andExpect(content().string(containsString("Dinonaktifkan")))
                .andExpect(content().string(containsString("kapus.barutengah")));
    }

    private MockHttpServletRequestBuilder create() {
        return post("/institutions/new").with(csrf()).with(DemoUsers.as(userDetailsService, "admin"))
                .accept("text/html").param("version", "0");
    }

    private long named(String name) {
        return institutions.search(ADMINISTRATOR, new InstitutionFilter(name, null, null, null, false, null),
                Pageable.unpaged()).getTotalElements();
    }
}
