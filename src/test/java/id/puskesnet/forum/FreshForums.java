package id.puskesnet.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;

/**
 * Forums of their own for tests that change or count them: the tests share one database with the demo data,
 * which other tests expect unchanged.
 */
final class FreshForums {

    static final String BARU_TENGAH = "PKM-BARU-TENGAH";
    static final String GUNUNG_BAHAGIA = "PKM-GUNUNG-BAHAGIA";
    static final AccessScope OFFICER = new AccessScope(Role.DKK_OFFICER, null);

    private FreshForums() {
    }

    /** A text no other test uses, e.g. "Aula uji 1a2b3c4d". */
    static String marker(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long puskesmasId(FacilityService facilities, String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }

    static AccessScope headOf(FacilityService facilities, String code) {
        return new AccessScope(Role.PUSKESMAS_HEAD, puskesmasId(facilities, code));
    }

    /** A follow-up the puskesmas itself carries out. */
    static FollowUpData followUp(String what, LocalDate dueDate) {
        return new FollowUpData(null, what, ResponsibleKind.PUSKESMAS, null, null, null, dueDate, null);
    }

    /** A forum with one staff attendee, one agenda item and the given follow-ups, held at {@code place}. */
    static ForumData forum(String place, LocalDate heldOn, List<FollowUpData> followUps) {
        return new ForumData(ForumType.LOKMIN_BULANAN, heldOn, place, "Kepala puskesmas uji",
                null, List.of(new AttendeeData(null, AttendeeKind.STAFF, null, "Peserta uji", "Staf")),
                List.of(new AgendaItemData(null, null, "Agenda uji", "Pembahasan uji")), followUps);
    }
}
