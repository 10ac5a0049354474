package id.puskesnet.forum;

/** Who carries a follow-up out: the puskesmas itself, one partner institution, or a whole sector (e.g. all schools). */
public enum ResponsibleKind {
    PUSKESMAS,
    INSTITUTION,
    SECTOR
}
