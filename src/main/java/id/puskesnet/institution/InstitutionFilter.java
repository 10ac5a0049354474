package id.puskesnet.institution;

import java.util.Locale;

/**
 * Filters of the institution list; every field is optional. The owner filters apply to DKK users only:
 * puskesmas users already see just the city-level institutions and their own.
 *
 * @param query            part of the name or the contact person
 * @param ownerPuskesmasId only the institutions this puskesmas keeps
 * @param cityLevelOnly    only the institutions the DKK keeps at city level
 */
public record InstitutionFilter(String query, InstitutionSector sector, Long kecamatanId, Long ownerPuskesmasId,
                                boolean cityLevelOnly, Boolean active) {

    public static InstitutionFilter none() {
        return new InstitutionFilter(null, null, null, null, false, null);
    }

    String likePattern() {
        if (query == null || query.isBlank()) {
            return "";
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
