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
    ACCEPT,
    /** An agreement was renewed by a new one. */
    RENEW,
    /** An agreement was ended before or after its end date. */
    TERMINATE,
    /** A document was attached or replaced. */
    UPLOAD
}
