package id.puskesnet.forum;

import static id.puskesnet.forum.FreshForums.BARU_TENGAH;
import static id.puskesnet.forum.FreshForums.GUNUNG_BAHAGIA;
import static id.puskesnet.forum.FreshForums.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The demo forums tell the field notes' story: the early-December-2025 minilok lintas sektor of Baru Tengah with
 * its sectors, agenda and five agreed follow-ups, and the March 2026 forum that reviewed them.
 */
class DemoForumDataTest extends PostgresIntegrationTest {

    private static final LocalDate DECEMBER = LocalDate.of(2025, 12, 2);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 12);

    @Autowired
    ForumService forums;

    @Autowired
    FacilityService facilities;

    @Test
    void theDecemberMinilokHasTheSectorsAgendaAndFollowUpsOfTheFieldNotes() {
        ForumDetails december = forumOn(DECEMBER);
        assertThat(december.type()).isEqualTo(ForumType.LINTAS_SEKTOR_TRIWULAN);
        assertThat(december.attendees()).extracting(AttendeeView::sector).filteredOn(Objects::nonNull)
                .contains(InstitutionSector.KECAMATAN, InstitutionSector.KELURAHAN, InstitutionSector.PKK,
                        InstitutionSector.LPM, InstitutionSector.TNI, InstitutionSector.KEPOLISIAN,
                        InstitutionSector.SEKOLAH, InstitutionSector.ORGANISASI_MASYARAKAT);
        assertThat(december.attendees()).extracting(AttendeeView::jobTitle)
                .contains("Babinsa", "Bhabinkamtibmas", "Ketua RT 05", "Kader Posyandu Melati");
        assertThat(december.attendees()).extracting(AttendeeView::personName).allMatch(name -> name.endsWith("(demo)"));
        assertThat(december.agendaItems()).extracting(a -> a.program() == null ? null : a.program().code())
                .containsExactly(null, "TB", "GIZI", "ORI_CAMPAK");
        assertThat(december.followUps()).extracting(FollowUpSummary::what).satisfiesExactly(
                what -> assertThat(what).contains("cek kesehatan gratis di sekolah"),
                what -> assertThat(what).contains("pelacakan kontak erat").contains("RT dengan angka kasus tertinggi"),
                what -> assertThat(what).contains("D/S posyandu"),
                what -> assertThat(what).contains("CSR").contains("kader kesehatan"),
                what -> assertThat(what).contains("ORI campak sesuai instruksi Dinas Kesehatan Kota"));
        assertThat(december.notes()).contains("data demo");
    }

    @Test
    void theMarchForumReviewedThemTwoDoneTwoInProgressOneOverdue() {
        ForumDetails march = forumOn(MARCH);
        assertThat(march.reviews()).hasSize(5);
        assertThat(march.reviews()).allSatisfy(r -> assertThat(r.followUp().forumHeldOn()).isEqualTo(DECEMBER));
        List<FollowUpSummary> reviewed = march.reviews().stream().map(ForumReview::followUp).toList();
        assertThat(reviewed).extracting(FollowUpSummary::status).containsExactly(FollowUpStatus.DONE,
                FollowUpStatus.IN_PROGRESS, FollowUpStatus.IN_PROGRESS, FollowUpStatus.OPEN, FollowUpStatus.DONE);
        assertThat(reviewed).filteredOn(FollowUpSummary::overdue).extracting(FollowUpSummary::what)
                .singleElement().asString().contains("CSR");
        assertThat(march.followUps()).extracting(FollowUpSummary::program).extracting(ProgramOption::code)
                .containsExactly("TB");
    }

    @Test
    void gunungBahagiaHasAMonthlyWorkshopOfItsOwn() {
        long gunungBahagia = FreshForums.puskesmasId(facilities, GUNUNG_BAHAGIA);
        List<ForumSummary> own = forums.search(OFFICER, new ForumFilter(gunungBahagia, ForumType.LOKMIN_BULANAN,
                null, null, null), Pageable.unpaged()).getContent();
        assertThat(own).extracting(ForumSummary::place).contains("Ruang rapat Puskesmas Gunung Bahagia (demo)");
    }

    private ForumDetails forumOn(LocalDate date) {
        long baruTengah = FreshForums.puskesmasId(facilities, BARU_TENGAH);
        List<ForumSummary> found = forums.search(OFFICER, new ForumFilter(baruTengah, ForumType.LINTAS_SEKTOR_TRIWULAN,
                date, date, null), Pageable.unpaged()).getContent();
        assertThat(found).hasSize(1);
        return forums.details(OFFICER, found.get(0).id());
    }
}
