package id.puskesnet.facility;

/** A facility as offered in a drop-down. */
public record FacilityOption(long id, String name, FacilityType type) {
}
