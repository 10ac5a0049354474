package id.puskesnet.forum;

/** Who an attendee came for: a partner institution, or the puskesmas itself (its staff). */
public enum AttendeeKind {
    INSTITUTION,
    STAFF
}
