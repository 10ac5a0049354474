package id.puskesnet.facility;

/** What the partner import does with a row of the file. */
public enum PartnerImportAction {
    /** A new partner. */
    CREATE,
    /** An existing partner, with the changes listed. */
    UPDATE,
    /** An existing partner that already has the row's values. */
    UNCHANGED,
    /** A puskesmas row of an exported list: puskesmas are not imported. */
    SKIP
}
