package id.puskesnet.facility;

/** Progress of a puskesmas in the Integrasi Layanan Primer reform. */
public enum IlpStatus {
    BELUM,
    UJI_COBA,
    TERLAKSANA
}
