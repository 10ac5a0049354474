package id.puskesnet.reporting;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.PartnerData;
import id.puskesnet.facility.PuskesmasData;

/**
 * A puskesmas of its own with a klinik pratama and a TPMD that joined on the given day: figures of a network
 * no other test touches.
 */
record TestNetwork(long puskesmasId, long klinikId, long tpmdId) {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);

    static TestNetwork create(FacilityRegistry registry, FacilityService facilities, LocalDate joined) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long kecamatan = facilities.kecamatanOptions().get(0).id();
        long kelurahan = facilities.kelurahanOptions().get(0).id();
        long puskesmas = registry.createPuskesmas(ADMIN, new PuskesmasData("PKM-UJI-" + suffix, "Puskesmas Uji " + suffix,
                kecamatan, Set.of(kelurahan), "Jl. Uji", null, null, false, false, IlpStatus.BELUM, null, null, null));
        long klinik = registry.createPartner(ADMIN, partner(FacilityType.KLINIK_PRATAMA, "KP-UJI-" + suffix, kelurahan,
                puskesmas, joined));
        long tpmd = registry.createPartner(ADMIN, partner(FacilityType.TPMD, "TPMD-UJI-" + suffix, kelurahan,
                puskesmas, joined));
        return new TestNetwork(puskesmas, klinik, tpmd);
    }

    private static PartnerData partner(FacilityType type, String code, long kelurahan, long puskesmas, LocalDate joined) {
        return new PartnerData(type, code, "Mitra " + code, kelurahan, puskesmas, "Jl. Uji", null, null, null, null,
                null, null, joined);
    }

    AccessScope puskesmasStaff() {
        return new AccessScope(Role.PUSKESMAS_STAFF, puskesmasId);
    }

    AccessScope klinik() {
        return new AccessScope(Role.PARTNER, klinikId);
    }

    AccessScope tpmd() {
        return new AccessScope(Role.PARTNER, tpmdId);
    }
}
