package id.puskesnet.forum;

import static id.puskesnet.forum.FreshForums.BARU_TENGAH;
import static id.puskesnet.forum.FreshForums.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionFilter;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
import id.puskesnet.support.Browser;
import id.puskesnet.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * Big forums through the real server, whose limit on form fields a browser meets and MockMvc does not: a forum
 * with 50 attendees and 30 follow-ups saves, shows, is edited again and prints; the most rows a forum takes fit
 * in one post.
 */
class LargeForumTest extends ServerIntegrationTest {

    @Autowired
    ForumService forums;

    @Autowired
    InstitutionService institutions;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    @Test
    void aForumWithFiftyAttendeesAndThirtyFollowUpsSavesShowsIsEditedAndPrints() {
        Browser browser = signedIn("kapus.barutengah");
        String place = FreshForums.marker("Aula besar");
        HttpResponse<String> saved = browser.post("/forums/new", "/forums/new", form(place, 50, 3, 30));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        ForumDetails forum = forums.details(OFFICER, id);
        assertThat(forum.attendees()).hasSize(50);
        assertThat(forum.followUps()).hasSize(30);
        assertThat(forum.attendees().get(49).personName()).isEqualTo("Peserta 50");
        assertThat(forum.followUps().get(29).what()).isEqualTo(place + " kegiatan 30");

        HttpResponse<String> minutes = browser.get("/forums/" + id);
        assertThat(minutes.statusCode()).isEqualTo(200);
        assertThat(count(minutes.body(), "<td class=\"text-break\">Peserta \\d+</td>")).isEqualTo(50);
        assertThat(count(minutes.body(), ">" + Pattern.quote(place) + " kegiatan \\d+</a>")).isEqualTo(30);
        assertThat(minutes.body()).contains("50 orang;").contains("href=\"/css/forum.css\"");

        Map<String, String> edited = form(place, 50, 3, 30);
        for (int i = 0; i < 50; i++) {
            edited.put("attendees[" + i + "].id", String.valueOf(forum.attendees().get(i).id()));
        }
        for (int i = 0; i < 3; i++) {
            edited.put("agendaItems[" + i + "].id", String.valueOf(forum.agendaItems().get(i).id()));
        }
        for (int i = 0; i < 30; i++) {
            edited.put("followUps[" + i + "].id", String.valueOf(forum.followUps().get(i).id()));
        }
        edited.put("attendees[0].personName", "Peserta pertama diubah");
        edited.put("version", String.valueOf(forum.version()));
        HttpResponse<String> update = browser.post("/forums/" + id + "/edit", "/forums/" + id + "/edit", edited);
        assertThat(update.statusCode()).isEqualTo(302);
        ForumDetails after = forums.details(OFFICER, id);
        assertThat(after.attendees()).hasSize(50);
        assertThat(after.attendees().get(0).personName()).isEqualTo("Peserta pertama diubah");
        assertThat(after.followUps()).extracting(FollowUpSummary::id)
                .containsExactlyElementsOf(forum.followUps().stream().map(FollowUpSummary::id).toList());
    }

    @Test
    void theMostRowsAForumTakesFitInOnePost() {
        Browser browser = signedIn("staf.barutengah");
        String place = FreshForums.marker("Aula penuh");
        HttpResponse<String> saved = browser.post("/forums/new", "/forums/new", form(place,
                ForumRegistry.MAX_ATTENDEES, ForumRegistry.MAX_AGENDA_ITEMS, ForumRegistry.MAX_FOLLOW_UPS));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        ForumDetails forum = forums.details(OFFICER, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(forum.attendees()).hasSize(ForumRegistry.MAX_ATTENDEES);
        assertThat(forum.agendaItems()).hasSize(ForumRegistry.MAX_AGENDA_ITEMS);
        assertThat(forum.followUps()).hasSize(ForumRegistry.MAX_FOLLOW_UPS);
    }

    @Test
    void thePrintStylesheetMakesCleanA4Pages() {
        String css = browser().get("/css/forum.css").body();
        assertThat(css).contains("@media print").contains("size: A4")
                .contains("display: table-header-group")
                .contains("break-inside: avoid")
                .contains(".minutes-signature");
        assertThat(browser().get("/css/app.css").body()).contains("header, footer, .pagination");
    }

    /** A complete forum form with every field a browser would send for that many rows. */
    private Map<String, String> form(String place, int attendees, int agendaItems, int followUps) {
        List<InstitutionSummary> partners = institutions.export(FreshForums.headOf(facilities, BARU_TENGAH),
                InstitutionFilter.none(), Sort.by("id")).stream().filter(InstitutionSummary::active).toList();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "0");
        fields.put("type", "LINTAS_SEKTOR_TRIWULAN");
        fields.put("heldOn", today.toString());
        fields.put("place", place);
        fields.put("chair", "Kepala Puskesmas uji");
        fields.put("notes", "Forum besar");
        for (int i = 0; i < attendees; i++) {
            String row = "attendees[" + i + "].";
            fields.put(row + "id", "");
            fields.put(row + "party", i % 5 == 0 ? "STAFF" : "INSTITUTION:" + partners.get(i % partners.size()).id());
            fields.put(row + "personName", "Peserta " + (i + 1));
            fields.put(row + "jobTitle", "Jabatan " + (i + 1));
        }
        for (int i = 0; i < agendaItems; i++) {
            String row = "agendaItems[" + i + "].";
            fields.put(row + "id", "");
            fields.put(row + "programId", "");
            fields.put(row + "topic", "Agenda " + (i + 1));
            fields.put(row + "discussion", "Pembahasan " + (i + 1));
        }
        for (int i = 0; i < followUps; i++) {
            String row = "followUps[" + i + "].";
            fields.put(row + "id", "");
            fields.put(row + "what", place + " kegiatan " + (i + 1));
            fields.put(row + "responsible", i % 2 == 0 ? "PUSKESMAS" : "SECTOR:KELURAHAN");
            fields.put(row + "responsiblePerson", "Penanggung jawab " + (i + 1));
            fields.put(row + "dueDate", today.plusDays(i + 1).toString());
            fields.put(row + "programId", "");
        }
        return fields;
    }

    private static long count(String html, String regex) {
        return Pattern.compile(regex).matcher(html).results().count();
    }
}
