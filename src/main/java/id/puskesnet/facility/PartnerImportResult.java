package id.puskesnet.facility;

/** What an import wrote. */
public record PartnerImportResult(int created, int updated) {
}
