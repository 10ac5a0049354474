package id.puskesnet.facility;

public record KotaOption(long id, String name) {
}
