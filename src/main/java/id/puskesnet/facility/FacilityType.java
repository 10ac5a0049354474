package id.puskesnet.facility;

/** Kinds of facility. A puskesmas heads a network; the others are its partners. */
public enum FacilityType {
    PUSKESMAS,
    KLINIK_PRATAMA,
    TPMD;

    public boolean isPartner() {
        return this != PUSKESMAS;
    }
}
