package id.puskesnet.indicator;

/** A puskesmas and so its network (jejaring), as dashboards list it. */
public record NetworkInfo(long id, String code, String name, long kecamatanId, String kecamatanName, boolean active) {
}
