package id.puskesnet.forum;

import java.time.LocalDate;

import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramOption;

/**
 * A follow-up as lists, boards, exports and dashboards show it. {@code overdue}: open and past its due date;
 * {@code dueSoon}: open and due within {@link FollowUpQueries#DUE_SOON_DAYS} days; both as of today.
 */
public record FollowUpSummary(long id, long forumId, ForumType forumType, LocalDate forumHeldOn, long puskesmasId,
                              String puskesmasName, String what, ResponsibleKind responsibleKind,
                              Long institutionId, String institutionName, InstitutionSector sector,
                              String responsiblePerson, LocalDate dueDate, ProgramOption program,
                              FollowUpStatus status, LocalDate closedOn, boolean overdue, boolean dueSoon,
                              int version) {

    /** The responsible party in one line (sector names stay message keys for the page to translate). */
    public String responsibleName() {
        return switch (responsibleKind) {
            case PUSKESMAS -> puskesmasName;
            case INSTITUTION -> institutionName;
            case SECTOR -> null;
        };
    }
}
