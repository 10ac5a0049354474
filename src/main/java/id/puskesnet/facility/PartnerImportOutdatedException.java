package id.puskesnet.facility;

/**
 * The registry changed between the preview of an import and its confirmation (someone edited a partner or took a
 * code), so the preview no longer says what the import would do. Nothing was written; the user checks again.
 */
public class PartnerImportOutdatedException extends RuntimeException {

    public PartnerImportOutdatedException() {
        super("The registry changed since the import preview");
    }
}
