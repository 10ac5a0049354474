package id.puskesnet.facility;

public record KecamatanOption(long id, String name) {
}
