package id.puskesnet.facility.web;

import java.io.Serial;
import java.io.Serializable;

import id.puskesnet.facility.PartnerImportCheck;

/**
 * An uploaded import file waiting in the session for its confirmation, with the check the user was last shown.
 * Kept so that the preview survives the redirect after the upload and a reload, without uploading again.
 */
record PendingImport(String fileName, byte[] content, PartnerImportCheck shown) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    PendingImport showing(PartnerImportCheck check) {
        return new PendingImport(fileName, content, check);
    }
}
