package id.puskesnet.program;

import java.util.Locale;

/**
 * Filters of the program list; every field is optional. The owner filters apply to DKK users only: puskesmas
 * users already see just the city's programs and their own innovations.
 *
 * @param query            part of the code or the name
 * @param ownerPuskesmasId only the innovations of this puskesmas
 * @param cityLevelOnly    only the programs of the whole city
 */
public record ProgramFilter(String query, ProgramKind kind, Long ownerPuskesmasId, boolean cityLevelOnly,
                            Boolean active) {

    public static ProgramFilter none() {
        return new ProgramFilter(null, null, null, false, null);
    }

    String likePattern() {
        if (query == null || query.isBlank()) {
            return "";
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
