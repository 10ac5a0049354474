package id.puskesnet.forum;

import static id.puskesnet.forum.FreshForums.BARU_TENGAH;
import static id.puskesnet.forum.FreshForums.GUNUNG_BAHAGIA;
import static id.puskesnet.forum.FreshForums.OFFICER;
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
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionFilter;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The forum form: all rules reported at once, bad input that must not break anything, rows, stale edits, history. */
class ForumFormTest extends WebIntegrationTest {

    private static final String TEN_THOUSAND = "x".repeat(10_000);

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ForumRegistry registry;

    @Autowired
    ForumService forums;

    @Autowired
    FollowUpService followUps;

    @Autowired
    FollowUpRegistry followUpRegistry;

    @Autowired
    FacilityService facilities;

    @Autowired
    InstitutionService institutions;

    @Autowired
    Clock clock;

    @Test
    void everyMissingFieldIsReportedAtOnceAndWhatWasTypedStays() throws Exception {
        String place = FreshForums.marker("Aula wajib");
        mvc.perform(newForum().param("place", place).param("heldOn", today().toString())
                        .param("attendees[0].personName", "Peserta tanpa institusi")
                        .param("followUps[0].what", "RTL tanpa penanggung jawab"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Periksa kembali isian yang ditandai.")))
                .andExpect(content().string(containsString("Pilih jenis forum.")))
                .andExpect(content().string(containsString("Pimpinan rapat wajib diisi.")))
                .andExpect(content().string(containsString("Pilih institusi yang diwakili, atau staf puskesmas.")))
                .andExpect(content().string(containsString("Pilih penanggung jawab.")))
                .andExpect(content().string(containsString("Tenggat wajib diisi.")))
                .andExpect(content().string(containsString("value=\"Peserta tanpa institusi\"")))
                .andExpect(content().string(containsString(">RTL tanpa penanggung jawab</textarea>")))
                .andExpect(content().string(containsString("value=\"" + place + "\"")));
        assertThat(forumsAt(place)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "2025-13-40, Nilai tidak valid.",
            "2026-02-30, Nilai tidak valid.",
            "kemarin, Nilai tidak valid.",
            "1900-01-01, Tanggal harus antara tahun 2000 dan 2099.",
            "9999-12-31, Tanggal harus antara tahun 2000 dan 2099."})
    void impossibleForumAndDueDatesAreFieldErrors(String date, String message) throws Exception {
        String place = FreshForums.marker("Aula tanggal");
        mvc.perform(valid(newForum(), place, date)).andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        mvc.perform(valid(newForum(), place).param("followUps[0].what", "RTL uji")
                        .param("followUps[0].responsible", "PUSKESMAS").param("followUps[0].dueDate", date))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(forumsAt(place)).isZero();
    }

    @Test
    void aForumInTheFutureOrAFollowUpDueBeforeTheForumIsRefused() throws Exception {
        String place = FreshForums.marker("Aula masa depan");
        mvc.perform(valid(newForum(), place, today().plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal forum tidak boleh di masa depan")));
        mvc.perform(valid(newForum(), place).param("followUps[0].what", "RTL uji")
                        .param("followUps[0].responsible", "PUSKESMAS")
                        .param("followUps[0].dueDate", today().minusDays(30).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tenggat tidak boleh sebelum tanggal forum.")));
        assertThat(forumsAt(place)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chair", "place", "notes", "attendees[0].personName", "attendees[0].jobTitle",
            "agendaItems[0].topic", "agendaItems[0].discussion", "followUps[0].what", "followUps[0].responsiblePerson"})
    void tenThousandCharactersAreRefusedWithAMessage(String field) throws Exception {
        String place = FreshForums.marker("Aula panjang");
        mvc.perform(valid(newForum(), place).param("attendees[0].party", "STAFF")
                        .param("agendaItems[0].topic", "Agenda").param("followUps[0].what", "RTL")
                        .param("followUps[0].responsible", "PUSKESMAS")
                        .param("followUps[0].dueDate", today().toString())
                        .param(field, field.equals("place") ? place + TEN_THOUSAND : TEN_THOUSAND))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Panjang harus antara 0 dan")));
        assertThat(forumsAt(place)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSTITUTION:abc", "INSTITUTION:", "SECTOR:SEKOLAH", "<b>", "99999999999999999999"})
    void anAttendeePartyThatNamesNothingIsAFieldError(String party) throws Exception {
        String place = FreshForums.marker("Aula pihak");
        mvc.perform(valid(newForum(), place).param("attendees[0].party", party))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai tidak valid.")));
        assertThat(forumsAt(place)).isZero();
    }

    @Test
    void anotherPuskesmasInstitutionOrAnUnknownProgramCannotBeNamed() throws Exception {
        String place = FreshForums.marker("Aula institusi lain");
        long otherInstitution = institutions.export(new AccessScope(Role.DKK_ADMIN, null),
                        new InstitutionFilter("Kelurahan Gunung Bahagia", null, null, null, false, null), Sort.by("id"))
                .stream().map(InstitutionSummary::id).findFirst().orElseThrow();
        mvc.perform(valid(newForum(), place).param("attendees[0].party", "INSTITUTION:" + otherInstitution)
                        .param("followUps[0].what", "RTL uji")
                        .param("followUps[0].responsible", "INSTITUTION:" + otherInstitution)
                        .param("followUps[0].dueDate", today().toString())
                        .param("agendaItems[0].topic", "Agenda").param("agendaItems[0].programId", "987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Institusi ini tidak ditemukan atau tidak dapat dipilih")))
                .andExpect(content().string(containsString("Program ini tidak ditemukan.")));
        mvc.perform(valid(newForum(), place).param("agendaItems[0].topic", "Agenda")
                        .param("agendaItems[0].programId", "satu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai tidak valid.")));
        assertThat(forumsAt(place)).isZero();
    }

    @Test
    void markupIsStoredAsTypedAndShownEscapedEverywhere() throws Exception {
        String place = FreshForums.marker("<script>alert('tempat')</script>");
        String what = "<img src=x onerror=alert(1)> RTL " + FreshForums.marker("markup");
        MvcResult created = mvc.perform(valid(newForum(), place)
                        .param("attendees[0].party", "STAFF").param("attendees[0].personName", "<b>Peserta</b>")
                        .param("agendaItems[0].topic", "<i>Agenda</i>")
                        .param("agendaItems[0].discussion", "<script>alert('bahas')</script>")
                        .param("followUps[0].what", what).param("followUps[0].responsible", "PUSKESMAS")
                        .param("followUps[0].dueDate", today().toString()))
                .andExpect(status().isFound()).andReturn();
        long id = idFrom(created);
        ForumDetails forum = forums.details(OFFICER, id);
        assertThat(forum.place()).isEqualTo(place);
        assertThat(forum.followUps().get(0).what()).isEqualTo(what);

        for (String path : new String[] {"/forums/" + id, "/forums/" + id + "/edit",
                "/follow-ups/" + forum.followUps().get(0).id(), "/follow-ups?forum=" + id, "/forums"}) {
            mvc.perform(get(path).with(as("kapus.barutengah")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert("))))
                    .andExpect(content().string(not(containsString("<img src=x"))))
                    .andExpect(content().string(not(containsString("<b>Peserta"))));
        }
        mvc.perform(get("/forums/{id}", id).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;tempat&#39;)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forums/abc", "/forums/abc/edit", "/forums/99999999999999999999", "/forums?page=satu",
            "/forums?type=BUKAN", "/forums?from=2025-13-40", "/forums?to=kemarin", "/forums?puskesmas=x",
            "/forums?program=%3Cb%3E", "/follow-ups/abc", "/follow-ups/-", "/follow-ups?status=SELESAI",
            "/follow-ups?sector=BUKAN", "/follow-ups?overdue=mungkin", "/follow-ups?forum=x",
            "/follow-ups/export.csv?program=x", "/follow-ups/export.csv?sector=%3Cscript%3E"})
    void malformedAddressesAreBadRequests(String path) throws Exception {
        mvc.perform(get(path).with(as("kapus.barutengah"))).andExpect(status().isBadRequest());
    }

    @Test
    void postsToMalformedOrUnknownAddressesAreBadRequestsOrNotFound() throws Exception {
        for (String path : new String[] {"/forums/abc/edit", "/forums/abc/reviews", "/follow-ups/abc/progress",
                "/follow-ups/abc/evidence"}) {
            mvc.perform(post(path).with(csrf()).with(as("kapus.barutengah"))).andExpect(status().isBadRequest());
        }
        long unknown = Long.MAX_VALUE;
        for (String path : new String[] {"/forums/{id}", "/forums/{id}/edit", "/follow-ups/{id}"}) {
            mvc.perform(get(path, unknown).with(as("kapus.barutengah"))).andExpect(status().isNotFound());
        }
        for (String path : new String[] {"/forums/{id}/edit", "/forums/{id}/reviews", "/follow-ups/{id}/progress",
                "/follow-ups/{id}/evidence"}) {
            mvc.perform(post(path, unknown).with(csrf()).with(as("kapus.barutengah")).param("version", "0"))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void moreRowsThanAForumTakesAreRefusedWithAMessage() throws Exception {
        String place = FreshForums.marker("Aula penuh");
        MockHttpServletRequestBuilder request = valid(newForum(), place);
        for (int i = 0; i <= ForumRegistry.MAX_ATTENDEES; i++) {
            request.param("attendees[" + i + "].party", "STAFF").param("attendees[" + i + "].personName", "Peserta " + i);
        }
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paling banyak 80 peserta per forum.")));
        request.param("addAttendee", "");
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("Paling banyak 80 baris.")));
        assertThat(forumsAt(place)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendees[100000].personName", "attendees[256].personName", "attendees[-1].personName",
            "attendees[x].personName", "followUps[300].what", "agendaItems[2147483648].topic", "attendees[0]",
            "attendees[0][1].personName", "nope[0].x"})
    void malformedRowFieldsAreBadRequests(String field) throws Exception {
        String place = FreshForums.marker("Aula indeks");
        mvc.perform(valid(newForum(), place).param(field, "Isian aneh")).andExpect(status().isBadRequest());
        assertThat(forumsAt(place)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendees", "attendees[0].nope", "nope", "followUps"})
    void unknownFieldsAreIgnoredOrRefusedWithAMessage(String field) throws Exception {
        String place = FreshForums.marker("Aula asing");
        int status = mvc.perform(valid(newForum(), place).param(field, "Isian aneh"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(200, 302);
    }

    @Test
    void addingAndRemovingRowsWithoutJavaScriptKeepsWhatWasTyped() throws Exception {
        String place = FreshForums.marker("Aula baris");
        MockHttpServletRequestBuilder typed = valid(newForum(), place)
                .param("attendees[0].party", "STAFF").param("attendees[0].personName", "Peserta pertama")
                .param("attendees[1].party", "STAFF").param("attendees[1].personName", "Peserta kedua")
                .param("followUps[0].what", "RTL dengan tanggal salah").param("followUps[0].dueDate", "2026-13-45");

        mvc.perform(typed.param("addFollowUp", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Peserta pertama\"")))
                .andExpect(content().string(containsString("value=\"Peserta kedua\"")))
                .andExpect(content().string(containsString("value=\"2026-13-45\"")))
                .andExpect(content().string(containsString("name=\"followUps[1].what\"")))
                .andExpect(content().string(not(containsString("name=\"followUps[2].what\""))));
        mvc.perform(valid(newForum(), place)
                        .param("attendees[0].party", "STAFF").param("attendees[0].personName", "Peserta pertama")
                        .param("attendees[1].party", "STAFF").param("attendees[1].personName", "Peserta kedua")
                        .param("attendees[2].personName", "Peserta ketiga").param("attendees[2].jobTitle", "Kader")
                        .param("removeAttendee", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Peserta pertama"))))
                .andExpect(content().string(containsString("id=\"attendees0.personName\" name=\"attendees[0].personName\" value=\"Peserta kedua\"")))
                .andExpect(content().string(containsString("id=\"attendees1.personName\" name=\"attendees[1].personName\" value=\"Peserta ketiga\"")))
                .andExpect(content().string(containsString("value=\"Kader\"")));
        assertThat(forumsAt(place)).isZero();
    }

    @Test
    void blankRowsAreLeftOutAndEditingChangesAddsAndRemovesRows() throws Exception {
        String place = FreshForums.marker("Aula ubah");
        MvcResult created = mvc.perform(valid(newForum(), place)
                        .param("attendees[0].party", "STAFF").param("attendees[0].personName", "Peserta lama")
                        .param("attendees[1].party", "").param("attendees[1].personName", "")
                        .param("agendaItems[0].topic", "Agenda dihapus")
                        .param("followUps[0].what", "RTL lama").param("followUps[0].responsible", "PUSKESMAS")
                        .param("followUps[0].dueDate", today().plusDays(10).toString()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "forum.created"))
                .andReturn();
        long id = idFrom(created);
        ForumDetails before = forums.details(OFFICER, id);
        assertThat(before.attendees()).hasSize(1);
        long followUpId = before.followUps().get(0).id();

        mvc.perform(edit(id, before.version(), place)
                        .param("attendees[0].id", String.valueOf(before.attendees().get(0).id()))
                        .param("attendees[0].party", "STAFF").param("attendees[0].personName", "Peserta baru")
                        .param("followUps[0].id", String.valueOf(followUpId)).param("followUps[0].what", "RTL diubah")
                        .param("followUps[0].responsible", "SECTOR:SEKOLAH")
                        .param("followUps[0].dueDate", today().plusDays(20).toString())
                        .param("followUps[1].what", "RTL tambahan").param("followUps[1].responsible", "PUSKESMAS")
                        .param("followUps[1].dueDate", today().plusDays(5).toString()))
                .andExpect(redirectedUrl("/forums/" + id));

        ForumDetails after = forums.details(OFFICER, id);
        assertThat(after.attendees()).extracting(AttendeeView::personName).containsExactly("Peserta baru");
        assertThat(after.agendaItems()).isEmpty();
        assertThat(after.followUps()).extracting(FollowUpSummary::what).containsExactly("RTL diubah", "RTL tambahan");
        assertThat(after.followUps().get(0).id()).isEqualTo(followUpId);
        assertThat(after.followUps().get(0).responsibleKind()).isEqualTo(ResponsibleKind.SECTOR);

        mvc.perform(get("/forums/{id}", id).with(as("staf.barutengah")))
                .andExpect(content().string(containsString("Riwayat perubahan")))
                .andExpect(content().string(containsString("Dibuat")))
                .andExpect(content().string(containsString("Diubah")))
                .andExpect(content().string(containsString("Peserta lama (Puskesmas Baru Tengah)</span> →")))
                .andExpect(content().string(containsString("Agenda dihapus</span> →")))
                .andExpect(content().string(containsString("kapus.barutengah")));
        mvc.perform(get("/follow-ups/{id}", followUpId).with(as("staf.barutengah")))
                .andExpect(content().string(containsString("RTL lama</span> →")))
                .andExpect(content().string(containsString("SEKOLAH")));
    }

    @Test
    void rowsOfAnotherForumCannotBeSmuggledIn() throws Exception {
        String otherPlace = FreshForums.marker("Aula lain");
        long other = registry.create(FreshForums.headOf(facilities, GUNUNG_BAHAGIA), FreshForums.forum(otherPlace,
                today(), List.of(FreshForums.followUp("RTL puskesmas lain", today().plusDays(3)))));
        ForumDetails otherForum = forums.details(OFFICER, other);
        String place = FreshForums.marker("Aula selundup");
        long own = registry.create(FreshForums.headOf(facilities, BARU_TENGAH), FreshForums.forum(place, today(),
                List.of()));

        mvc.perform(edit(own, forums.details(OFFICER, own).version(), place)
                        .param("followUps[0].id", String.valueOf(otherForum.followUps().get(0).id()))
                        .param("followUps[0].what", "Diambil alih").param("followUps[0].responsible", "PUSKESMAS")
                        .param("followUps[0].dueDate", today().toString())
                        .param("attendees[0].id", String.valueOf(otherForum.attendees().get(0).id()))
                        .param("attendees[0].party", "STAFF").param("attendees[0].personName", "Diambil alih"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Formulir ini memuat baris yang tidak dikenal")));

        ForumDetails unchanged = forums.details(OFFICER, other);
        assertThat(unchanged.followUps().get(0).what()).isEqualTo("RTL puskesmas lain");
        assertThat(unchanged.attendees().get(0).personName()).isEqualTo("Peserta uji");
        assertThat(unchanged.version()).isEqualTo(otherForum.version());
    }

    @Test
    void aFollowUpWithProgressIsCancelledNotRemoved() throws Exception {
        String place = FreshForums.marker("Aula hapus RTL");
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long id = registry.create(head, FreshForums.forum(place, today(),
                List.of(FreshForums.followUp("RTL sudah berjalan", today().plusDays(3)))));
        FollowUpSummary started = forums.details(OFFICER, id).followUps().get(0);
        followUpRegistry.recordProgress(head, started.id(), started.version(),
                new ProgressData(today(), FollowUpStatus.IN_PROGRESS, "Mulai"));

        mvc.perform(get("/forums/{id}/edit", id).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("Sudah ada perkembangan")));
        mvc.perform(edit(id, forums.details(OFFICER, id).version(), place))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RTL yang sudah memiliki perkembangan atau status tidak dapat dihapus")));
        assertThat(forums.details(OFFICER, id).followUps()).hasSize(1);
    }

    @Test
    void aStaleEditIsAConflictAndKeepsTheNewerData() throws Exception {
        String place = FreshForums.marker("Aula basi");
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long id = registry.create(head, FreshForums.forum(place, today(), List.of()));
        int opened = forums.details(OFFICER, id).version();
        String newer = FreshForums.marker("Aula disimpan dulu");
        registry.update(head, id, FreshForums.forum(newer, today(), List.of()), opened);

        mvc.perform(edit(id, opened, "Aula versi lama").accept("text/html"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data sudah diubah orang lain")));
        assertThat(forums.details(OFFICER, id).place()).isEqualTo(newer);
    }

    private MockHttpServletRequestBuilder newForum() {
        return post("/forums/new").with(csrf()).with(as("kapus.barutengah")).accept("text/html")
                .param("version", "0");
    }

    private MockHttpServletRequestBuilder edit(long id, int version, String place) {
        return valid(post("/forums/{id}/edit", id).with(csrf()).with(as("kapus.barutengah")).accept("text/html")
                .param("version", String.valueOf(version)), place);
    }

    /** The fields a forum needs, held today; tests add the ones they are about. */
    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String place) {
        return valid(request, place, today().toString());
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String place,
                                                       String heldOn) {
        return request.param("type", "LOKMIN_BULANAN").param("chair", "Kepala uji").param("place", place)
                .param("heldOn", heldOn);
    }

    private long forumsAt(String place) {
        return forums.search(OFFICER, ForumFilter.none(), Pageable.unpaged()).getContent().stream()
                .filter(f -> place.equals(f.place())).count();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return DemoUsers.as(userDetailsService, username);
    }

    private static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/forums/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
