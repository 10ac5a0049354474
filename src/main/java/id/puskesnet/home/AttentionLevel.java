package id.puskesnet.home;

/** How urgent an attention item is, most urgent first. */
public enum AttentionLevel {
    /** Past its deadline or expired. */
    DANGER,
    /** Due soon, returned for correction, expiring. */
    WARNING,
    /** Worth knowing, nothing late yet. */
    INFO
}
