package id.puskesnet.institution;

/** The sector an institution belongs to; labels are {@code InstitutionSector.X} in the message files. */
public enum InstitutionSector {
    BNN,
    KEPOLISIAN,
    TNI,
    SEKOLAH,
    PERUSAHAAN,
    KECAMATAN,
    KELURAHAN,
    PKK,
    LPM,
    ORGANISASI_MASYARAKAT,
    LAINNYA
}
