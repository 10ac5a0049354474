package id.puskesnet.forum;

import java.time.LocalDate;

import id.puskesnet.institution.InstitutionSector;

/**
 * A follow-up as agreed at the forum. {@code institutionId} is set for {@link ResponsibleKind#INSTITUTION},
 * {@code sector} for {@link ResponsibleKind#SECTOR}; status and progress are recorded separately.
 */
public record FollowUpData(Long id, String what, ResponsibleKind responsibleKind, Long institutionId,
                           InstitutionSector sector, String responsiblePerson, LocalDate dueDate, Long programId) {
}
