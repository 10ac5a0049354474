package id.puskesnet.forum;

import java.util.Objects;

import id.puskesnet.access.AccessScope;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and change forums and follow-ups. The DKK (administrator and officer) reads all of them; puskesmas
 * heads and staff read and change their own puskesmas's; partner clinics see none. The DKK changes nothing here:
 * minutes and their follow-ups are the puskesmas's own record.
 */
final class ForumAccess {

    private ForumAccess() {
    }

    static void requireBrowsing(AccessScope scope) {
        if (!scope.cityWide() && scope.puskesmasId() == null) {
            throw new AccessDeniedException("Partner clinics do not see forums");
        }
    }

    static void requireViewing(AccessScope scope, long puskesmasId) {
        requireBrowsing(scope);
        if (!scope.cityWide() && !Objects.equals(scope.puskesmasId(), puskesmasId)) {
            throw new AccessDeniedException("Forum of puskesmas " + puskesmasId + " is outside the user's scope");
        }
    }

    static boolean canManage(AccessScope scope, long puskesmasId) {
        return Objects.equals(scope.puskesmasId(), puskesmasId);
    }

    static void requireManaging(AccessScope scope, long puskesmasId) {
        requireViewing(scope, puskesmasId);
        if (!canManage(scope, puskesmasId)) {
            throw new AccessDeniedException("May not change forums of puskesmas " + puskesmasId);
        }
    }

    /** The puskesmas a user records forums for; only puskesmas heads and staff record forums. */
    static long recordingPuskesmas(AccessScope scope) {
        requireBrowsing(scope);
        if (scope.puskesmasId() == null) {
            throw new AccessDeniedException("Only puskesmas users record forums");
        }
        return scope.puskesmasId();
    }
}
