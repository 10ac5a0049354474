package id.puskesnet.access;

/**
 * A partner system (e.g. a clinic's EMR) signed in with an API token: it acts for one facility, with the
 * role that facility's own users have.
 *
 * @param name how the audit trail names it, e.g. {@code api:KP-SEHAT-BERSAMA}
 */
public record ApiClient(long tokenId, long facilityId, Role role, String name) {

    public AccessScope scope() {
        return new AccessScope(role, facilityId);
    }
}
