package id.puskesnet.forum;

import id.puskesnet.institution.InstitutionSector;

/** An attendee as the minutes show it; institution name and sector as they were at the forum. */
public record AttendeeView(long id, AttendeeKind kind, Long institutionId, String institutionName,
                           InstitutionSector sector, String personName, String jobTitle) {
}
