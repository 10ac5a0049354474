package id.puskesnet.facility;

public record KelurahanOption(long id, String name, String kecamatanName) {
}
