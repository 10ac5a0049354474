package id.puskesnet.mou;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionData;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;

/**
 * MoUs and institutions of their own for tests that change them or look for them: the tests share one database
 * with the demo data, which every other test expects unchanged.
 */
final class MouFixtures {

    static final AccessScope ADMINISTRATOR = new AccessScope(Role.DKK_ADMIN, null);
    static final String BARU_TENGAH = "PKM-BARU-TENGAH";
    static final String GUNUNG_BAHAGIA = "PKM-GUNUNG-BAHAGIA";

    private MouFixtures() {
    }

    /** A name or number no other test uses, e.g. "PKS uji 1a2b3c4d". */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long puskesmasId(FacilityService facilities, String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }

    /** An institution created by the administrator; owner null = city level. */
    static long institution(InstitutionRegistry registry, String name, InstitutionSector sector, Long owner) {
        return registry.create(ADMINISTRATOR, new InstitutionData(name, sector, owner, null, null, null, null, null,
                null));
    }

    static MouData data(String number, Long owner, long institutionId, LocalDate startsOn, LocalDate endsOn) {
        return new MouData(number, "Kerja sama uji " + number, owner, Set.of(institutionId), Set.of(),
                "Ruang lingkup uji", startsOn, startsOn, endsOn, false);
    }

    /** A signed MoU (signed on its first day) recorded by the administrator. */
    static long mou(MouRegistry registry, Long owner, long institutionId, LocalDate startsOn, LocalDate endsOn) {
        return registry.create(ADMINISTRATOR, data(unique("PKS/uji"), owner, institutionId, startsOn, endsOn));
    }

    /** The smallest content that passes the PDF check, with a marker to recognise it by. */
    static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
