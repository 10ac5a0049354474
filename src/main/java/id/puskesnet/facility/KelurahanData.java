package id.puskesnet.facility;

/** What a kelurahan's create and edit forms carry. */
public record KelurahanData(String code, String name, Long kecamatanId) {
}
