package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static id.puskesnet.mou.MouFixtures.BARU_TENGAH;
import static id.puskesnet.mou.MouFixtures.GUNUNG_BAHAGIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramData;
import id.puskesnet.program.ProgramKind;
import id.puskesnet.program.ProgramRegistry;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The MoU form: required fields, date rules, bad input that must not break anything, stale edits, markup. */
class MouFormTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MouRegistry registry;

    @Autowired
    MouService mous;

    @Autowired
    InstitutionRegistry institutions;

    @Autowired
    ProgramRegistry programRegistry;

    @Autowired
    ProgramCatalog programs;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    private long school;

    @BeforeEach
    void ownInstitution() {
        school = MouFixtures.institution(institutions, MouFixtures.unique("Sekolah uji formulir"),
                InstitutionSector.SEKOLAH, MouFixtures.puskesmasId(facilities, BARU_TENGAH));
    }

    @Test
    void numberTitleScopeAndAnInstitutionAreRequired() throws Exception {
        mvc.perform(create("number", " ", "title", "", "scope", "Tetap di formulir", "institutionIds", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Periksa kembali isian yang ditandai.")))
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Pilih minimal satu.")))
                .andExpect(content().string(containsString("Tetap di formulir")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "end before start | 2025-01-05 | 2025-02-01 | 2025-01-31 | | Tanggal berakhir tidak boleh sebelum tanggal mulai berlaku.",
            "signed in the future | 2099-01-01 | 2025-02-01 | 2026-01-31 | | Tanggal tanda tangan tidak boleh setelah hari ini.",
            "running without end | 2025-01-05 | 2025-02-01 | | | Isi tanggal berakhir, atau centang tanpa batas waktu.",
            "open-ended with an end | 2025-01-05 | 2025-02-01 | 2026-01-31 | true | Kosongkan tanggal berakhir untuk MoU tanpa batas waktu.",
            "impossible date | 2025-13-40 | 2025-02-01 | 2026-01-31 | | Nilai tidak valid.",
            "year 1900 | 1900-01-01 | 2025-02-01 | 2026-01-31 | | Tanggal harus antara tahun 2000 dan 2099.",
            "year 9999 | 2025-01-05 | 2025-02-01 | 9999-12-31 | | Tanggal harus antara tahun 2000 dan 2099."})
    void datesThatCannotBeAreFieldErrors(String rule, String signed, String start, String end, String openEnded,
                                         String message) throws Exception {
        String number = MouFixtures.unique("PKS/tanggal");
        mvc.perform(create("number", number, "signedOn", signed, "startsOn", start, "endsOn", end == null ? "" : end,
                        "openEnded", openEnded == null ? "" : openEnded))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(named(number)).isZero();
    }

    @Test
    void aDraftNeedsNoDatesAndAnOpenEndedAgreementNoEnd() throws Exception {
        String draft = MouFixtures.unique("PKS/draf");
        mvc.perform(create("number", draft)).andExpect(status().isFound());
        String open = MouFixtures.unique("PKS/tanpa batas");
        mvc.perform(create("number", open, "signedOn", "2024-03-01", "startsOn", "2024-03-01", "openEnded",
                        "true"))
                .andExpect(status().isFound());
        assertThat(only(draft).status()).isEqualTo(MouStatus.DRAFT);
        assertThat(only(open).status()).isEqualTo(MouStatus.ACTIVE);
        assertThat(only(open).endsOn()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"number", "title", "scope"})
    void tenThousandCharactersAreRefusedWithAMessage(String field) throws Exception {
        String number = MouFixtures.unique("PKS/panjang");
        mvc.perform(create("number", field.equals("number") ? "x".repeat(10_000) : number,
                        field, "x".repeat(10_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Panjang harus antara 0 dan")));
        assertThat(named(number)).isZero();
        assertThat(named("xxxxxxxxxx")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc | Nilai tidak valid.", "<b> | Nilai tidak valid.",
            "99999999999999999999 | Nilai tidak valid.", "-1 | Institusi ini tidak dapat dipilih untuk MoU ini",
            "987654321 | Institusi ini tidak dapat dipilih untuk MoU ini"})
    void malformedOrUnknownInstitutionsAreFieldErrors(String institution, String message) throws Exception {
        String number = MouFixtures.unique("PKS/mitra aneh");
        mvc.perform(create("number", number, "institutionIds", institution))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(named(number)).isZero();
    }

    @Test
    void anotherPuskesmassInstitutionOrInnovationCannotBeNamed() throws Exception {
        long gunungBahagia = MouFixtures.puskesmasId(facilities, GUNUNG_BAHAGIA);
        long theirs = MouFixtures.institution(institutions, MouFixtures.unique("Kelurahan uji lain"),
                InstitutionSector.KELURAHAN, gunungBahagia);
        long theirInnovation = programRegistry.create(ADMINISTRATOR, new ProgramData(
                "UJI_" + MouFixtures.unique("X").substring(2).toUpperCase(), "Inovasi uji lain", null,
                ProgramKind.INOVASI, gunungBahagia, null, null));
        String number = MouFixtures.unique("PKS/lintas");
        mvc.perform(create("number", number, "institutionIds", String.valueOf(theirs)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Institusi ini tidak dapat dipilih untuk MoU ini")));
        mvc.perform(create("number", number, "programIds", String.valueOf(theirInnovation)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Program ini tidak dapat dipilih untuk MoU ini")));
        assertThat(named(number)).isZero();
    }

    @Test
    void aNumberIsUsedOncePerSide() throws Exception {
        String number = MouFixtures.unique("PKS/ganda");
        mvc.perform(create("number", number)).andExpect(status().isFound());
        mvc.perform(create("number", number.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nomor ini sudah dipakai MoU lain dari pihak yang sama.")));
        assertThat(named(number)).isEqualTo(1);
    }

    @Test
    void markupIsStoredAsTypedAndShownEscaped() throws Exception {
        String number = MouFixtures.unique("PKS/<script>alert('x')</script>");
        mvc.perform(create("number", number, "title", "<img src=x onerror=alert(1)> Judul",
                        "scope", "<script>alert('scope')</script>"))
                .andExpect(status().isFound());
        MouDetails mou = only(number);
        assertThat(mou.title()).isEqualTo("<img src=x onerror=alert(1)> Judul");

        mvc.perform(get("/mous/{id}", mou.id()).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;scope&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert("))))
                .andExpect(content().string(not(containsString("<img src=x"))));
        mvc.perform(get("/mous").param("q", "alert").with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert("))))
                .andExpect(content().string(not(containsString("<img src=x"))));
    }

    @Test
    void aStaleEditGetsTheConflictPage() throws Exception {
        long id = MouFixtures.mou(registry, MouFixtures.puskesmasId(facilities, BARU_TENGAH), school,
                LocalDate.now(clock).minusMonths(1), LocalDate.now(clock).plusYears(1));
        MouDetails mou = mous.details(ADMINISTRATOR, id);
        registry.update(ADMINISTRATOR, id, new MouData(mou.number(), "Diubah lebih dulu", mou.ownerPuskesmasId(),
                Set.of(school), Set.of(), mou.scope(), mou.signedOn(), mou.startsOn(),
                mou.endsOn(), false), mou.version());

        mvc.perform(post("/mous/{id}/edit", id).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("number", mou.number()).param("title", "Diubah kemudian").param("scope", "x")
                        .param("institutionIds", String.valueOf(school)).param("version", String.valueOf(mou.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data sudah diubah orang lain")));
        assertThat(mous.details(ADMINISTRATOR, id).title()).isEqualTo("Diubah lebih dulu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mous/abc", "/mous/abc/edit", "/mous/99999999999999999999", "/mous/1/log/abc/edit",
            "/mous/abc/document", "/mous?page=satu", "/mous?status=BUKAN", "/mous?puskesmas=nol",
            "/mous?program=x", "/mous?sector=BUKAN", "/mous?attention=mungkin", "/mous/export.csv?status=<b>"})
    void malformedAddressesAreBadRequests(String path) throws Exception {
        mvc.perform(get(path).with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void missingRecordsAreNotFound() throws Exception {
        long id = MouFixtures.mou(registry, MouFixtures.puskesmasId(facilities, BARU_TENGAH), school,
                LocalDate.now(clock).minusMonths(1), LocalDate.now(clock).plusYears(1));
        for (String path : new String[] {"/mous/" + Long.MAX_VALUE, "/mous/" + Long.MAX_VALUE + "/edit",
                "/mous/" + id + "/document", "/mous/" + id + "/log/" + Long.MAX_VALUE + "/edit"}) {
            mvc.perform(get(path).with(DemoUsers.as(userDetailsService, "admin")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/mous?page=99999999").with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk());
    }

    /**
     * The new-MoU form as kapus.barutengah posts it, valid unless the given field/value pairs change it (a null
     * value leaves the field out).
     */
    private MockHttpServletRequestBuilder create(String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", MouFixtures.unique("PKS/uji formulir"));
        fields.put("title", "Konseling berhenti merokok");
        fields.put("scope", "Konseling di sekolah");
        fields.put("institutionIds", String.valueOf(school));
        fields.put("version", "0");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                fields.remove(fieldsAndValues[i]);
            } else {
                fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
        MockHttpServletRequestBuilder request = post("/mous/new").with(csrf())
                .with(DemoUsers.as(userDetailsService, "kapus.barutengah"));
        fields.forEach(request::param);
        return request;
    }

    private long named(String number) {
        return mous.export(ADMINISTRATOR, new MouFilter(number, null, null, null, null, false, false),
                Sort.by("id")).size();
    }

    private MouDetails only(String number) {
        return mous.details(ADMINISTRATOR, mous.export(ADMINISTRATOR,
                new MouFilter(number, null, null, null, null, false, false),
                Sort.by("id")).get(0).id());
    }
}
