package id.puskesnet.access;

import java.util.Objects;

/**
 * Which facilities a user may see and change. Every rule about facility visibility lives here;
 * modules pass the facts they hold (a facility's id and the puskesmas whose network it belongs to)
 * and filter their queries with {@link #cityWide()}, {@link #puskesmasId()} and {@link #facilityId()}.
 *
 * @param role       the user's role
 * @param facilityId the user's own facility; null for DKK roles
 */
public record AccessScope(Role role, Long facilityId) {

    public AccessScope {
        Objects.requireNonNull(role, "role");
        if (!role.isCityWide() && facilityId == null) {
            throw new IllegalArgumentException("Role " + role + " needs a facility");
        }
        if (role.isCityWide()) {
            facilityId = null;
        }
    }

    /** The DKK administrator manages the registry, accounts and reference data. */
    public boolean isAdministrator() {
        return role == Role.DKK_ADMIN;
    }

    /** DKK roles see every facility of the city. */
    public boolean cityWide() {
        return role.isCityWide();
    }

    /** The puskesmas whose network the user works for; null for DKK and partner users. */
    public Long puskesmasId() {
        return role.isPuskesmasRole() ? facilityId : null;
    }

    /**
     * May the user see this facility?
     *
     * @param targetId             the facility
     * @param networkPuskesmasId   the puskesmas whose network the facility belongs to (null for a puskesmas)
     */
    public boolean canView(long targetId, Long networkPuskesmasId) {
        if (cityWide()) {
            return true;
        }
        if (facilityId == targetId) {
            return true;
        }
        return role.isPuskesmasRole() && networkPuskesmasId != null && facilityId.equals(networkPuskesmasId);
    }

    /**
     * May the user change this facility's registry record? The DKK administrator changes everything;
     * puskesmas heads and staff change the partners of their own network; nobody else.
     */
    public boolean canManage(long targetId, Long networkPuskesmasId) {
        if (role == Role.DKK_ADMIN) {
            return true;
        }
        return role.isPuskesmasRole() && networkPuskesmasId != null && facilityId.equals(networkPuskesmasId);
    }

    /**
     * May the user update the contact details of this facility? Managers may; a puskesmas head for their own
     * puskesmas; a partner for its own facility.
     */
    public boolean canUpdateContact(long targetId, Long networkPuskesmasId) {
        boolean ownFacility = facilityId != null && facilityId == targetId;
        return canManage(targetId, networkPuskesmasId)
                || (ownFacility && (role == Role.PARTNER || role == Role.PUSKESMAS_HEAD));
    }

    /**
     * May the user see this partner institution (BNN, Polsek, a school, ...)? The DKK sees all; puskesmas
     * heads and staff see the city-level ones and their own puskesmas's; partner clinics see none.
     *
     * @param ownerPuskesmasId the puskesmas that keeps the institution; null for a city-level (DKK) institution
     */
    public boolean canViewInstitution(Long ownerPuskesmasId) {
        if (cityWide()) {
            return true;
        }
        return role.isPuskesmasRole() && (ownerPuskesmasId == null || facilityId.equals(ownerPuskesmasId));
    }

    /**
     * May the user change this institution? The DKK administrator changes all; puskesmas heads and staff
     * only their own puskesmas's, so city-level institutions stay with the DKK.
     */
    public boolean canManageInstitution(Long ownerPuskesmasId) {
        if (isAdministrator()) {
            return true;
        }
        return role.isPuskesmasRole() && ownerPuskesmasId != null && facilityId.equals(ownerPuskesmasId);
    }

    /** May the user open the institution pages at all? Everyone but partner clinics. */
    public boolean canBrowseInstitutions() {
        return cityWide() || role.isPuskesmasRole();
    }

    /** May the user add institutions? The administrator (any owner) and puskesmas users (their own puskesmas). */
    public boolean canCreateInstitution() {
        return isAdministrator() || role.isPuskesmasRole();
    }

    /** May the user open the program catalogue at all? Everyone but partner clinics. */
    public boolean canBrowsePrograms() {
        return cityWide() || role.isPuskesmasRole();
    }

    /**
     * May the user see this program? The DKK sees all; puskesmas heads and staff the city's programs and their
     * own puskesmas's innovations.
     *
     * @param ownerPuskesmasId the puskesmas whose innovation it is; null for a program of the whole city
     */
    public boolean canViewProgram(Long ownerPuskesmasId) {
        if (cityWide()) {
            return true;
        }
        return role.isPuskesmasRole() && (ownerPuskesmasId == null || facilityId.equals(ownerPuskesmasId));
    }

    /** May the user add programs? The administrator (any kind) and puskesmas heads (their own innovations). */
    public boolean canCreateProgram() {
        return isAdministrator() || role == Role.PUSKESMAS_HEAD;
    }

    /**
     * May the user change this program? The DKK administrator changes all; a puskesmas head only the
     * innovations of their own puskesmas, so the city's priority programs stay with the DKK.
     *
     * @param innovation whether the program is a local innovation
     */
    public boolean canManageProgram(boolean innovation, Long ownerPuskesmasId) {
        if (isAdministrator()) {
            return true;
        }
        return role == Role.PUSKESMAS_HEAD && innovation && ownerPuskesmasId != null
                && facilityId.equals(ownerPuskesmasId);
    }

    /** May the user open the MoU pages at all? Everyone but partner clinics. */
    public boolean canBrowseMous() {
        return cityWide() || role.isPuskesmasRole();
    }

    /**
     * May the user see this MoU? The DKK sees all; puskesmas heads and staff only their own puskesmas's.
     *
     * @param ownerPuskesmasId the puskesmas that signed it; null for an MoU of the DKK itself
     */
    public boolean canViewMou(Long ownerPuskesmasId) {
        if (cityWide()) {
            return true;
        }
        return role.isPuskesmasRole() && ownerPuskesmasId != null && facilityId.equals(ownerPuskesmasId);
    }

    /**
     * May the user change this MoU (edit, renew, terminate, upload its document, keep its collaboration log)?
     * The DKK administrator changes all; the DKK officer (pengelola program) the DKK's own MoUs, since the
     * officers are the ones who work with the city-level partners; puskesmas heads and staff their own
     * puskesmas's.
     */
    public boolean canManageMou(Long ownerPuskesmasId) {
        if (isAdministrator()) {
            return true;
        }
        if (role == Role.DKK_OFFICER) {
            return ownerPuskesmasId == null;
        }
        return role.isPuskesmasRole() && ownerPuskesmasId != null && facilityId.equals(ownerPuskesmasId);
    }

    /** May the user record MoUs? Everyone who may manage some: DKK roles and puskesmas users. */
    public boolean canCreateMou() {
        return canBrowseMous();
    }
}
