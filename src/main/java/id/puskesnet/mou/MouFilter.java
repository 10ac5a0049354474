package id.puskesnet.mou;

import java.util.Locale;

import id.puskesnet.institution.InstitutionSector;

/**
 * Filters of the MoU list; every field is optional and narrows the user's scope further.
 *
 * @param query            part of the number or the title
 * @param programId        only the MoUs serving this program or innovation
 * @param sector           only the MoUs with an institution of this sector
 * @param ownerPuskesmasId only the MoUs of this puskesmas
 * @param dkkLevelOnly     only the MoUs of the DKK itself
 * @param attention        only those that need action: ending within {@value MouStatus#EXPIRING_DAYS} days or
 *                         expired, and neither renewed nor terminated
 */
public record MouFilter(String query, MouStatus status, Long programId, InstitutionSector sector,
                        Long ownerPuskesmasId, boolean dkkLevelOnly, boolean attention) {

    public static MouFilter none() {
        return new MouFilter(null, null, null, null, null, false, false);
    }

    String likePattern() {
        if (query == null || query.isBlank()) {
            return "";
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
