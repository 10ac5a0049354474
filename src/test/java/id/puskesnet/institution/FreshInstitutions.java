package id.puskesnet.institution;

import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;

/**
 * Institutions of their own for tests that change them or look for them: the tests share one database with
 * the demo data, which every other test expects unchanged.
 */
final class FreshInstitutions {

    static final AccessScope ADMINISTRATOR = new AccessScope(Role.DKK_ADMIN, null);
    static final String BARU_TENGAH = "PKM-BARU-TENGAH";
    static final String GUNUNG_BAHAGIA = "PKM-GUNUNG-BAHAGIA";

    private FreshInstitutions() {
    }

    /** A name no other test uses, e.g. "Sekolah uji 1a2b3c4d". */
    static String name(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long puskesmasId(FacilityService facilities, String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }

    /** Creates an institution as the administrator; owner null = city level. */
    static long create(InstitutionRegistry registry, String name, InstitutionSector sector, Long ownerPuskesmasId) {
        return registry.create(ADMINISTRATOR, new InstitutionData(name, sector, ownerPuskesmasId, null, null,
                "Narahubung uji", "0542-111111", null, null));
    }
}
