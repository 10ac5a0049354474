package id.puskesnet.facility;

/** Filters of the facility list; every field is optional. */
public record FacilityFilter(String query, FacilityType type, Long kecamatanId, Boolean active) {

    public static FacilityFilter none() {
        return new FacilityFilter(null, null, null, null);
    }

    String likePattern() {
        if (query == null || query.isBlank()) {
            return "";
        }
        String escaped = query.strip().toLowerCase().replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }
}
