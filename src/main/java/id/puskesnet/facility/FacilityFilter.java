package id.puskesnet.facility;

import java.time.LocalDate;

/**
 * Filters of the facility list; every field is optional.
 *
 * @param licenceAttention only partners whose licence has expired or expires within {@link LicenceStatus#WARNING_DAYS}
 */
public record FacilityFilter(String query, FacilityType type, Long kecamatanId, Boolean active,
                             Boolean licenceAttention) {

    public static FacilityFilter none() {
        return new FacilityFilter(null, null, null, null, null);
    }

    /** The last licence expiry the licence filter lets through, or null without that filter. */
    LocalDate licenceBefore(LocalDate today) {
        return Boolean.TRUE.equals(licenceAttention) ? today.plusDays(LicenceStatus.WARNING_DAYS) : null;
    }

    String likePattern() {
        if (query == null || query.isBlank()) {
            return "";
        }
        String escaped = query.strip().toLowerCase().replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
