package id.puskesnet.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditEntry;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The DKK administrator keeps the kecamatan and kelurahan lists through the wilayah pages. */
class WilayahPagesTest extends WebIntegrationTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);

    @Autowired
    UserDetailsService users;

    @Autowired
    WilayahService wilayah;

    @Autowired
    FacilityService facilities;

    @Autowired
    FacilityRegistry registry;

    @Autowired
    WilayahRegistry wilayahRegistry;

    @Test
    void theAdministratorCreatesAKecamatanWithAKelurahanEditsAndMovesThemAndTheHistoryShowsIt() throws Exception {
        String tag = tag();
        long kecamatan = createKecamatan("K" + tag, "Uji Timur " + tag);
        long other = createKecamatan("L" + tag, "Uji Barat " + tag);
        mvc.perform(get("/wilayah").param("q", "Uji Timur " + tag).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kecamatan Uji Timur " + tag)))
                .andExpect(content().string(containsString("Belum ada kelurahan.")))
                .andExpect(content().string(not(containsString("Uji Barat " + tag))));

        mvc.perform(get("/wilayah/kelurahan/new").param("kecamatan", String.valueOf(kecamatan)).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + kecamatan + "\" selected=\"selected\">")));
        long kelurahan = createKelurahan("KL" + tag.toLowerCase(Locale.ROOT), "Sumber Uji " + tag, kecamatan);
        assertThat(wilayah.kelurahan(ADMIN, kelurahan).code()).isEqualTo("KL" + tag);
        mvc.perform(get("/wilayah").param("q", "sumber uji " + tag).with(as("admin")))
                .andExpect(content().string(containsString("Sumber Uji " + tag)))
                .andExpect(content().string(containsString("Belum ada puskesmas")));
        WilayahOverview.KecamatanEntry entry = wilayah.overview(ADMIN, "Uji Timur " + tag).kota().get(0).kecamatan().get(0);
        assertThat(entry.kelurahanCount()).isEqualTo(1);
        assertThat(entry.puskesmasCount()).isZero();

        KecamatanDetails before = wilayah.kecamatan(ADMIN, kecamatan);
        mvc.perform(post("/wilayah/kecamatan/{id}/edit", kecamatan).with(as("admin")).with(csrf())
                        .param("code", before.code()).param("name", "Uji Tenggara " + tag)
                        .param("kotaId", String.valueOf(before.kotaId()))
                        .param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/wilayah"))
                .andExpect(flash().attribute("success", "wilayah.saved"));
        assertThat(wilayah.kecamatan(ADMIN, kecamatan).name()).isEqualTo("Uji Tenggara " + tag);

        KelurahanDetails kel = wilayah.kelurahan(ADMIN, kelurahan);
        mvc.perform(get("/wilayah/kelurahan/{id}/edit", kelurahan).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fasilitas di kelurahan ini tetap tercatat pada kecamatan lamanya")));
        mvc.perform(post("/wilayah/kelurahan/{id}/edit", kelurahan).with(as("admin")).with(csrf())
                        .param("code", kel.code()).param("name", "Sumber Baru " + tag)
                        .param("kecamatanId", String.valueOf(other))
                        .param("version", String.valueOf(kel.version())))
                .andExpect(redirectedUrl("/wilayah"));
        KelurahanDetails moved = wilayah.kelurahan(ADMIN, kelurahan);
        assertThat(moved.kecamatanId()).isEqualTo(other);
        assertThat(moved.name()).isEqualTo("Sumber Baru " + tag);
        assertThat(moved.history()).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);

        mvc.perform(get("/wilayah/kelurahan/{id}/edit", kelurahan).with(as("admin")))
                .andExpect(content().string(containsString("Riwayat perubahan")))
                .andExpect(content().string(containsString("Dibuat")))
                .andExpect(content().string(containsString("Diubah")))
                .andExpect(content().string(containsString("Sumber Uji " + tag + "</span> →")))
                .andExpect(content().string(containsString("Uji Tenggara " + tag + "</span> →")))
                .andExpect(content().string(containsString("Uji Barat " + tag)));
        mvc.perform(get("/wilayah/kecamatan/{id}/edit", kecamatan).with(as("admin")))
                .andExpect(content().string(containsString("Uji Timur " + tag + "</span> →")))
                .andExpect(content().string(containsString("Uji Tenggara " + tag)));

        mvc.perform(post("/wilayah/kelurahan/{id}/edit", kelurahan).with(as("admin")).with(csrf())
                        .param("code", kel.code()).param("name", "Simpan basi " + tag)
                        .param("kecamatanId", String.valueOf(other))
                        .param("version", String.valueOf(kel.version())))
                .andExpect(status().isConflict());
        assertThat(wilayah.kelurahan(ADMIN, kelurahan).name()).isEqualTo("Sumber Baru " + tag);
    }

    @Test
    void duplicateCodesAndNamesAreRefusedWithAMessage() throws Exception {
        String tag = tag();
        long kota = wilayah.kotaOptions().get(0).id();
        long timur = kecamatanId("Balikpapan Timur");
        mvc.perform(kecamatanPost("/wilayah/kecamatan/new", "6471010", "Kecamatan Kembar " + tag, kota))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode ini sudah dipakai kecamatan lain.")));
        mvc.perform(kecamatanPost("/wilayah/kecamatan/new", "K" + tag, "balikpapan TIMUR", kota))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama ini sudah dipakai kecamatan lain di kota yang sama.")));
        mvc.perform(kecamatanPost("/wilayah/kecamatan/new", "K-" + tag, "Kode Bergaris " + tag, kota))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Format tidak valid.")));
        assertThatThrownBy(() -> wilayahRegistry.createKecamatan(ADMIN, new KecamatanData("K-" + tag, "Langsung " + tag, kota)))
                .isInstanceOfSatisfying(FacilityRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("wilayah.code.format"));
        mvc.perform(kelurahanPost("/wilayah/kelurahan/new", "6471010001", "Kelurahan Kembar " + tag, timur))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode ini sudah dipakai kelurahan lain.")));
        mvc.perform(kelurahanPost("/wilayah/kelurahan/new", "KL" + tag, "Lamaru", timur))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama ini sudah dipakai kelurahan lain di kecamatan yang sama.")));
        assertThat(facilities.kecamatanOptions()).extracting(KecamatanOption::name)
                .doesNotContain("Kecamatan Kembar " + tag, "Kode Bergaris " + tag);

        long own = createKecamatan("K" + tag, "Kecamatan Sendiri " + tag);
        long lamaruElsewhere = createKelurahan("KL" + tag, "Lamaru", own);
        KelurahanDetails kel = wilayah.kelurahan(ADMIN, lamaruElsewhere);
        mvc.perform(kelurahanPost("/wilayah/kelurahan/" + lamaruElsewhere + "/edit", "KL" + tag, "Lamaru", timur)
                        .param("version", String.valueOf(kel.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama ini sudah dipakai kelurahan lain di kecamatan yang sama.")));
        assertThat(wilayah.kelurahan(ADMIN, lamaruElsewhere).kecamatanId()).isEqualTo(own);
    }

    @Test
    void longNamesAndBadIdsNeverBreakThePagesAndMarkupIsShownEscaped() throws Exception {
        String tag = tag();
        long kota = wilayah.kotaOptions().get(0).id();
        mvc.perform(kecamatanPost("/wilayah/kecamatan/new", "K" + tag, "x".repeat(10_000), kota))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 100 karakter.")));
        mvc.perform(kecamatanPost("/wilayah/kecamatan/new", "K" + tag + "X".repeat(30), "Kode Panjang " + tag, kota))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 20 karakter.")));
        mvc.perform(post("/wilayah/kecamatan/new").with(as("admin")).with(csrf())
                        .param("code", "K" + tag).param("name", "Kota Salah " + tag).param("kotaId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai tidak valid.")));

        long kecamatan = createKecamatan("K" + tag, "<b>x</b> " + tag);
        assertThat(wilayah.kecamatan(ADMIN, kecamatan).name()).isEqualTo("<b>x</b> " + tag);
        mvc.perform(get("/wilayah").param("q", tag).with(as("dkk")))
                .andExpect(content().string(containsString("&lt;b&gt;x&lt;/b&gt; " + tag)))
                .andExpect(content().string(not(containsString("<b>x</b>"))));
        mvc.perform(get("/wilayah/kecamatan/{id}/edit", kecamatan).with(as("admin")))
                .andExpect(content().string(containsString("&lt;b&gt;x&lt;/b&gt; " + tag)))
                .andExpect(content().string(not(containsString("<b>x</b>"))));

        for (String bad : new String[] {"abc", "99999999999999999999", "1.5"}) {
            mvc.perform(get("/wilayah/kecamatan/{id}/edit", bad).with(as("admin"))).andExpect(status().isBadRequest());
            mvc.perform(get("/wilayah/kelurahan/{id}/edit", bad).with(as("admin"))).andExpect(status().isBadRequest());
            mvc.perform(post("/wilayah/kelurahan/{id}/deactivate", bad).with(as("admin")).with(csrf()))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/wilayah/kelurahan/new").param("kecamatan", "abc").with(as("admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/wilayah/kecamatan/{id}/edit", 987_654_321L).with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/wilayah/kelurahan/{id}/edit", 987_654_321L).with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(kelurahanPost("/wilayah/kelurahan/987654321/edit", "KL" + tag, "Tidak Ada", kecamatan)
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/wilayah/kecamatan/{id}/deactivate", 987_654_321L).with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeactivatedKelurahanLeavesTheFacilityFormsButStaysWithTheFacilitiesInIt() throws Exception {
        String tag = tag();
        long kecamatan = createKecamatan("K" + tag, "Kecamatan Aktif " + tag);
        long kelurahan = createKelurahan("KL" + tag, "Kelurahan Nonaktif " + tag, kecamatan);
        String optionText = "Kelurahan Nonaktif " + tag + " (Kecamatan Aktif " + tag + ")";
        mvc.perform(get("/facilities/partners/new").with(as("admin")))
                .andExpect(content().string(containsString(optionText)));
        long baruTengah = facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
        long partner = registry.createPartner(ADMIN, new PartnerData(FacilityType.TPMD, "T-" + tag, "TPMD Uji " + tag,
                kelurahan, baruTengah, null, null, null, null, null, null, null, LocalDate.now()));

        mvc.perform(post("/wilayah/kecamatan/{id}/deactivate", kecamatan).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/wilayah/kecamatan/" + kecamatan + "/edit"))
                .andExpect(flash().attribute("failure", "wilayah.kecamatan.hasActiveKelurahan"));
        assertThat(wilayah.kecamatan(ADMIN, kecamatan).active()).isTrue();

        mvc.perform(post("/wilayah/kelurahan/{id}/deactivate", kelurahan).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/wilayah/kelurahan/" + kelurahan + "/edit"))
                .andExpect(flash().attribute("success", "wilayah.deactivated"));
        assertThat(wilayah.kelurahan(ADMIN, kelurahan).active()).isFalse();
        mvc.perform(get("/facilities/partners/new").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(optionText))));
        assertThat(facilities.kelurahanOptions()).extracting(KelurahanOption::id).doesNotContain(kelurahan);
        mvc.perform(get("/facilities/partners/{id}/edit", partner).with(as("admin")))
                .andExpect(content().string(containsString(optionText)));
        mvc.perform(post("/facilities/partners/new").with(as("admin")).with(csrf())
                        .param("type", "TPMD").param("code", "U-" + tag).param("name", "TPMD Tidak Boleh " + tag)
                        .param("kelurahanId", String.valueOf(kelurahan))
                        .param("networkPuskesmasId", String.valueOf(baruTengah)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kelurahan ini nonaktif; pilih kelurahan yang aktif.")));
        mvc.perform(get("/wilayah").param("q", tag).with(as("admin")))
                .andExpect(content().string(containsString("table-secondary")))
                .andExpect(content().string(containsString("Nonaktif")));

        mvc.perform(post("/wilayah/kecamatan/{id}/deactivate", kecamatan).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("success", "wilayah.deactivated"));
        assertThat(facilities.kecamatanOptions()).extracting(KecamatanOption::id).doesNotContain(kecamatan);
        assertThat(facilities.allKecamatanOptions()).extracting(KecamatanOption::id).contains(kecamatan);
        mvc.perform(post("/wilayah/kelurahan/{id}/activate", kelurahan).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("failure", "wilayah.kelurahan.kecamatanInactive"));
        mvc.perform(kelurahanPost("/wilayah/kelurahan/new", "KM" + tag, "Di Kecamatan Nonaktif " + tag, kecamatan))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kecamatan ini nonaktif; pilih kecamatan yang aktif.")));

        mvc.perform(post("/wilayah/kecamatan/{id}/activate", kecamatan).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("success", "wilayah.activated"));
        mvc.perform(post("/wilayah/kelurahan/{id}/activate", kelurahan).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("success", "wilayah.activated"));
        mvc.perform(get("/facilities/partners/new").with(as("admin")))
                .andExpect(content().string(containsString(optionText)));
        assertThat(wilayah.kelurahan(ADMIN, kelurahan).history()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ACTIVATE, AuditAction.DEACTIVATE, AuditAction.CREATE);
        mvc.perform(get("/wilayah/kecamatan/{id}/edit", kecamatan).with(as("admin")))
                .andExpect(content().string(containsString("Dinonaktifkan")))
                .andExpect(content().string(containsString("Diaktifkan kembali")));
    }

    private long createKecamatan(String code, String name) throws Exception {
        long kota = wilayah.kotaOptions().get(0).id();
        mvc.perform(kecamatanPost("/wilayah/kecamatan/new", code, name, kota))
                .andExpect(redirectedUrl("/wilayah"))
                .andExpect(flash().attribute("success", "wilayah.kecamatan.created"));
        return kecamatanId(name);
    }

    private long createKelurahan(String code, String name, long kecamatan) throws Exception {
        mvc.perform(kelurahanPost("/wilayah/kelurahan/new", code, name, kecamatan))
                .andExpect(redirectedUrl("/wilayah"))
                .andExpect(flash().attribute("success", "wilayah.kelurahan.created"));
        String kecamatanName = wilayah.kecamatan(ADMIN, kecamatan).name();
        return facilities.kelurahanOptions().stream()
                .filter(k -> k.name().equals(name) && k.kecamatanName().equals(kecamatanName))
                .findFirst().orElseThrow().id();
    }

    private long kecamatanId(String name) {
        return facilities.kecamatanOptions().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().id();
    }

    private MockHttpServletRequestBuilder kecamatanPost(String url, String code, String name, long kota) {
        return post(url).with(as("admin")).with(csrf())
                .param("code", code).param("name", name).param("kotaId", String.valueOf(kota)).param("version", "0");
    }

    private MockHttpServletRequestBuilder kelurahanPost(String url, String code, String name, long kecamatan) {
        return post(url).with(as("admin")).with(csrf())
                .param("code", code).param("name", name).param("kecamatanId", String.valueOf(kecamatan));
    }

    private RequestPostProcessor as(String username) {
        return DemoUsers.as(users, username);
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
