package id.puskesnet.facility;

/** What a kecamatan's create and edit forms carry. */
public record KecamatanData(String code, String name, Long kotaId) {
}
