package id.puskesnet.facility;

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

    String likePattern() {
        if (query == null || query.isBlank()) {
            return "";
        }
        String escaped = query.strip().toLowerCase().replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
