package id.puskesnet.facility;

import java.util.List;

/**
 * The wilayah page: each kota with its kecamatan and their kelurahan, and which puskesmas serve them.
 *
 * @param kota    the kota with the kecamatan that match the search (all when there is none)
 * @param query   the search as typed, or null
 * @param canEdit whether the viewer may create and change kecamatan and kelurahan
 */
public record WilayahOverview(List<KotaEntry> kota, String query, boolean canEdit) {

    public boolean isEmpty() {
        return kota.stream().allMatch(k -> k.kecamatan().isEmpty());
    }

    public record KotaEntry(long id, String code, String name, String province, List<KecamatanEntry> kecamatan) {
    }

    /**
     * @param kelurahanCount active kelurahan of the kecamatan, whatever the search shows
     * @param puskesmasCount active puskesmas located in the kecamatan
     * @param kelurahan      the kelurahan the search shows
     */
    public record KecamatanEntry(long id, String code, String name, boolean active, long kelurahanCount,
                                 long puskesmasCount, List<KelurahanEntry> kelurahan) {
    }

    /** @param puskesmas the active puskesmas that serve the kelurahan */
    public record KelurahanEntry(long id, String code, String name, boolean active, List<ServingPuskesmas> puskesmas) {

        public boolean covered() {
            return !puskesmas.isEmpty();
        }
    }

    /** @param viewable whether the viewer may open the puskesmas's profile */
    public record ServingPuskesmas(long id, String name, boolean viewable) {
    }
}
