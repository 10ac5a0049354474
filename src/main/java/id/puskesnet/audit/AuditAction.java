package id.puskesnet.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    MOVE,
    DEACTIVATE,
    ACTIVATE,
    IMPORT,
    SUBMIT,
    VERIFY,
    RETURN,
    ACCEPT
}
