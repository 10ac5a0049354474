package id.puskesnet.forum;

/** An attendee as entered: for an institution ({@code institutionId}) or as puskesmas staff. */
public record AttendeeData(Long id, AttendeeKind kind, Long institutionId, String personName, String jobTitle) {
}
