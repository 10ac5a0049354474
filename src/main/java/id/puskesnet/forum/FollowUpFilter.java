package id.puskesnet.forum;

import id.puskesnet.institution.InstitutionSector;

/**
 * Filters of the follow-up board; every field is optional.
 *
 * @param sector          follow-ups of this sector (its institutions or the sector as a whole)
 * @param responsibleKind follow-ups whose responsible party is of this kind, e.g. the puskesmas itself
 * @param openOnly        only open and in-progress follow-ups
 * @param overdue         only open follow-ups past their due date
 * @param dueSoon         only open follow-ups due within {@link FollowUpQueries#DUE_SOON_DAYS} days
 */
public record FollowUpFilter(Long puskesmasId, Long forumId, FollowUpStatus status, boolean openOnly,
                             InstitutionSector sector, ResponsibleKind responsibleKind, Long programId,
                             boolean overdue, boolean dueSoon) {

    public static FollowUpFilter none() {
        return new FollowUpFilter(null, null, null, false, null, null, null, false, false);
    }
}
