package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static id.puskesnet.mou.MouFixtures.BARU_TENGAH;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import id.puskesnet.audit.AuditAction;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** An MoU's life: renewal as a linked copy, termination with a reason, and its collaboration log. */
class MouLifecycleTest extends WebIntegrationTest {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MouRegistry registry;

    @Autowired
    MouService mous;

    @Autowired
    InstitutionRegistry institutions;

    @Autowired
    ProgramCatalog programs;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    private long puskesmas;
    private long institution;
    private LocalDate today;

    @BeforeEach
    void ownInstitution() {
        today = LocalDate.now(clock);
        puskesmas = MouFixtures.puskesmasId(facilities, BARU_TENGAH);
        institution = MouFixtures.institution(institutions, MouFixtures.unique("BNN uji siklus"),
                InstitutionSector.BNN, null);
    }

    @Test
    void theRenewalFormIsACopyStartingTheDayAfterTheOldEndsForAsLong() throws Exception {
        long tb = programs.findByCode("TB").map(ProgramOption::id).orElseThrow();
        long old = registry.create(ADMINISTRATOR, new MouData(MouFixtures.unique("PKS/lama"), "Konseling adiksi",
                puskesmas, Set.of(institution), Set.of(tb), "Ruang lingkup lama", today.minusYears(2),
                today.minusYears(2), today.plusDays(10), false));

        mvc.perform(get("/mous/{id}/renew", old).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Konseling adiksi\"")))
                .andExpect(content().string(containsString("Ruang lingkup lama")))
                .andExpect(content().string(containsString("value=\"" + today.plusDays(11).format(ISO) + "\"")));
        MouData template = mous.renewalTemplate(ADMINISTRATOR, old);
        assertThat(template.startsOn()).isEqualTo(today.plusDays(11));
        assertThat(template.endsOn()).isEqualTo(today.plusDays(11).plus(Period.between(today.minusYears(2),
                today.plusDays(10))));
        assertThat(template.institutionIds()).containsExactly(institution);
        assertThat(template.programIds()).containsExactly(tb);
        assertThat(template.number()).isNull();
        assertThat(template.signedOn()).isNull();

        String number = MouFixtures.unique("PKS/baru");
        MvcResult renewed = mvc.perform(post("/mous/{id}/renew", old).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("number", number).param("title", "Konseling adiksi").param("scope", "Lanjutan")
                        .param("institutionIds", String.valueOf(institution)).param("programIds", String.valueOf(tb))
                        .param("signedOn", today.format(ISO)).param("startsOn", today.plusDays(11).format(ISO))
                        .param("endsOn", today.plusYears(2).format(ISO)).param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "mou.renewed"))
                .andReturn();
        long renewal = idFrom(renewed);

        MouDetails newer = mous.details(ADMINISTRATOR, renewal);
        assertThat(newer.renews().id()).isEqualTo(old);
        assertThat(newer.status()).isEqualTo(MouStatus.UPCOMING);
        assertThat(newer.ownerPuskesmasId()).isEqualTo(puskesmas);
        MouDetails older = mous.details(ADMINISTRATOR, old);
        assertThat(older.renewedBy().number()).isEqualTo(number);
        assertThat(older.renewalChain()).extracting(MouDetails.Link::id).containsExactly(old, renewal);
        assertThat(older.renewable()).isFalse();
        assertThat(older.history().get(0).action()).isEqualTo(AuditAction.RENEW);

        mvc.perform(get("/mous/{id}/renew", old).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(redirectedUrl("/mous/" + old))
                .andExpect(flash().attribute("failure", "mou.renew.notOffered"));
        mvc.perform(post("/mous/{id}/renew", old).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("number", MouFixtures.unique("PKS/kedua")).param("title", "x").param("scope", "x")
                        .param("institutionIds", String.valueOf(institution)).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MoU ini sudah diperpanjang")));
    }

    @Test
    void aDraftIsNotRenewed() throws Exception {
        long draft = registry.create(ADMINISTRATOR, new MouData(MouFixtures.unique("PKS/draf"), "Draf", puskesmas,
                Set.of(institution), Set.of(), "Draf", null, null, null, false));
        mvc.perform(get("/mous/{id}", draft).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(content().string(not(containsString("/mous/" + draft + "/renew"))));
        mvc.perform(get("/mous/{id}/renew", draft).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(flash().attribute("failure", "mou.renew.notOffered"));
    }

    @Test
    void terminationNeedsAReasonAndAPossibleDateAndStopsTheReminders() throws Exception {
        long id = MouFixtures.mou(registry, puskesmas, institution, today.minusMonths(3), today.plusDays(20));
        int version = mous.details(ADMINISTRATOR, id).version();

        mvc.perform(get("/mous/{id}/terminate", id).with(DemoUsers.as(userDetailsService, "staf.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=")))
                .andExpect(content().string(containsString("value=\"" + today.format(ISO) + "\"")));
        terminate(id, today.format(ISO), " ", version)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")));
        terminate(id, today.plusDays(1).format(ISO), "Dihentikan", version)
                .andExpect(content().string(containsString("Tanggal diakhiri tidak boleh setelah hari ini.")));
        terminate(id, today.minusMonths(4).format(ISO), "Dihentikan", version)
                .andExpect(content().string(containsString("tidak boleh sebelum MoU mulai berlaku")));
        terminate(id, today.format(ISO), "x".repeat(10_000), version)
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 1.000 karakter.")));
        terminate(id, "2025-02-30", "Dihentikan", version)
                .andExpect(content().string(containsString("Nilai tidak valid.")));
        assertThat(mous.details(ADMINISTRATOR, id).status()).isEqualTo(MouStatus.EXPIRING);

        terminate(id, today.format(ISO), "Mitra menghentikan layanan konseling", version)
                .andExpect(redirectedUrl("/mous/" + id))
                .andExpect(flash().attribute("success", "mou.terminated"));

        MouDetails terminated = mous.details(ADMINISTRATOR, id);
        assertThat(terminated.status()).isEqualTo(MouStatus.TERMINATED);
        assertThat(terminated.terminationReason()).isEqualTo("Mitra menghentikan layanan konseling");
        assertThat(terminated.history().get(0).action()).isEqualTo(AuditAction.TERMINATE);
        assertThat(terminated.terminable()).isFalse();
        mvc.perform(get("/mous/{id}/terminate", id).with(DemoUsers.as(userDetailsService, "staf.barutengah")))
                .andExpect(flash().attribute("failure", "mou.terminate.already"));
        terminate(id, today.format(ISO), "Lagi", terminated.version())
                .andExpect(content().string(containsString("MoU ini sudah diakhiri.")));
    }

    @Test
    void theCollaborationLogIsKeptAddedUpAndInTheHistory() throws Exception {
        long id = MouFixtures.mou(registry, puskesmas, institution, today.minusMonths(3), today.plusYears(1));

        logEntry(id, "/new", today.minusDays(5).format(ISO), "Konseling BNN di puskesmas", "12", "orang", "0")
                .andExpect(redirectedUrl("/mous/" + id + "#log"));
        logEntry(id, "/new", today.minusDays(2).format(ISO), "Konseling lanjutan", "3", "Orang", "0");
        logEntry(id, "/new", today.minusDays(1).format(ISO), "Rapat koordinasi tanpa hitungan", "", "", "0");

        MouDetails mou = mous.details(ADMINISTRATOR, id);
        assertThat(mou.log()).extracting(MouDetails.LogEntry::description)
                .containsExactly("Rapat koordinasi tanpa hitungan", "Konseling lanjutan", "Konseling BNN di puskesmas");
        assertThat(mou.outputTotals()).containsExactly(new MouDetails.OutputTotal("Orang", 15));

        MouDetails.LogEntry first = mou.log().get(2);
        mvc.perform(get("/mous/{id}/log/{entry}/edit", id, first.id())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Konseling BNN di puskesmas")));
        logEntry(id, "/" + first.id() + "/edit", first.happenedOn().format(ISO), "Konseling BNN di puskesmas", "14",
                "orang", String.valueOf(first.version()))
                .andExpect(flash().attribute("success", "mou.log.changed.done"));
        logEntry(id, "/" + first.id() + "/edit", first.happenedOn().format(ISO), "Basi", "1", "orang",
                String.valueOf(first.version()))
                .andExpect(status().isConflict());

        mvc.perform(get("/mous/{id}", id).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(content().string(containsString("data-confirm=\"Hapus catatan kolaborasi ini?")));
        mvc.perform(post("/mous/{id}/log/{entry}/delete", id, mou.log().get(1).id()).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(redirectedUrl("/mous/" + id + "#log"));

        MouDetails after = mous.details(ADMINISTRATOR, id);
        assertThat(after.outputTotals()).containsExactly(new MouDetails.OutputTotal("orang", 14));
        assertThat(after.history()).extracting(e -> e.changes().get(0).field()).startsWith("mou.log.deleted",
                "mou.log.changed", "mou.log.added");
        assertThat(after.history().get(0).changes().get(0).oldValue()).contains("Konseling lanjutan (3 Orang)");
    }

    @Test
    void badLogEntriesAreFieldErrors() throws Exception {
        long id = MouFixtures.mou(registry, puskesmas, institution, today.minusMonths(3), today.plusYears(1));
        String yesterday = today.minusDays(1).format(ISO);
        logEntry(id, "/new", today.plusDays(1).format(ISO), "Besok", "", "", "0")
                .andExpect(content().string(containsString("Tanggal kegiatan tidak boleh setelah hari ini.")));
        logEntry(id, "/new", yesterday, "Tanpa satuan", "12", "", "0")
                .andExpect(content().string(containsString("Isi satuan jumlahnya")));
        logEntry(id, "/new", yesterday, "Tanpa jumlah", "", "orang", "0")
                .andExpect(content().string(containsString("Isi jumlahnya, atau kosongkan satuan.")));
        logEntry(id, "/new", yesterday, "Negatif", "-4", "orang", "0")
                .andExpect(content().string(containsString("Nilai minimal 0.")));
        logEntry(id, "/new", yesterday, "Dua puluh digit", "99999999999999999999", "orang", "0")
                .andExpect(content().string(containsString("Nilai tidak valid.")));
        logEntry(id, "/new", yesterday, "x".repeat(10_000), "", "", "0")
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 1.000 karakter.")));
        logEntry(id, "/new", "1900-01-01", "Tahun 1900", "", "", "0")
                .andExpect(content().string(containsString("Tanggal harus antara tahun 2000 dan 2099.")));
        logEntry(id, "/new", yesterday, "<script>alert('log')</script>", "1", "<b>sesi</b>", "0")
                .andExpect(status().isFound());
        assertThat(mous.details(ADMINISTRATOR, id).log()).hasSize(1);
        mvc.perform(get("/mous/{id}", id).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;log&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;b&gt;sesi&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>sesi</b>"))));
    }

    @Test
    void aLogEntryOfAnotherMouIsNotFound() throws Exception {
        long one = MouFixtures.mou(registry, puskesmas, institution, today.minusMonths(3), today.plusYears(1));
        long other = MouFixtures.mou(registry, puskesmas, institution, today.minusMonths(3), today.plusYears(1));
        long entry = registry.addLogEntry(ADMINISTRATOR, other, new LogEntryData(today, "Milik MoU lain", null, null));
        mvc.perform(get("/mous/{id}/log/{entry}/edit", one, entry)
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mous/{id}/log/{entry}/delete", one, entry).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(status().isNotFound());
        assertThat(mous.details(ADMINISTRATOR, other).log()).hasSize(1);
    }

    private ResultActions terminate(long id, String date, String reason, int version) throws Exception {
        return mvc.perform(post("/mous/{id}/terminate", id).with(csrf())
                .with(DemoUsers.as(userDetailsService, "staf.barutengah"))
                .param("terminatedOn", date).param("reason", reason).param("version", String.valueOf(version)));
    }

    private ResultActions logEntry(long id, String path, String date, String description, String quantity,
                                   String unit, String version) throws Exception {
        return mvc.perform(post("/mous/" + id + "/log" + path).with(csrf())
                .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                .param("happenedOn", date).param("description", description).param("quantity", quantity)
                .param("unit", unit).param("version", version));
    }

    private static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
