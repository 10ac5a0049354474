package id.puskesnet.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may see and change MoUs and programs, by role and by the puskesmas they belong to. */
class MouAccessScopeTest {

    private static final Long DKK_LEVEL = null;
    private static final long OWN = 10L;
    private static final long OTHER = 20L;

    private final AccessScope admin = new AccessScope(Role.DKK_ADMIN, null);
    private final AccessScope officer = new AccessScope(Role.DKK_OFFICER, null);
    private final AccessScope head = new AccessScope(Role.PUSKESMAS_HEAD, OWN);
    private final AccessScope staff = new AccessScope(Role.PUSKESMAS_STAFF, OWN);
    private final AccessScope partner = new AccessScope(Role.PARTNER, 30L);

    @Test
    void theDkkSeesEveryMouTheAdministratorChangesAllTheOfficerTheDkksOwn() {
        for (AccessScope dkk : new AccessScope[] {admin, officer}) {
            assertThat(dkk.canBrowseMous()).isTrue();
            assertThat(dkk.canCreateMou()).isTrue();
            assertThat(dkk.canViewMou(DKK_LEVEL)).isTrue();
            assertThat(dkk.canViewMou(OTHER)).isTrue();
            assertThat(dkk.canManageMou(DKK_LEVEL)).isTrue();
        }
        assertThat(admin.canManageMou(OTHER)).isTrue();
        assertThat(officer.canManageMou(OTHER)).isFalse();
    }

    @Test
    void puskesmasUsersSeeAndChangeOnlyTheirOwnPuskesmassMous() {
        for (AccessScope puskesmas : new AccessScope[] {head, staff}) {
            assertThat(puskesmas.canBrowseMous()).isTrue();
            assertThat(puskesmas.canCreateMou()).isTrue();
            assertThat(puskesmas.canViewMou(OWN)).isTrue();
            assertThat(puskesmas.canManageMou(OWN)).isTrue();
            assertThat(puskesmas.canViewMou(OTHER)).isFalse();
            assertThat(puskesmas.canManageMou(OTHER)).isFalse();
            assertThat(puskesmas.canViewMou(DKK_LEVEL)).isFalse();
            assertThat(puskesmas.canManageMou(DKK_LEVEL)).isFalse();
        }
    }

    @Test
    void partnerClinicsSeeNoMou() {
        assertThat(partner.canBrowseMous()).isFalse();
        assertThat(partner.canCreateMou()).isFalse();
        assertThat(partner.canViewMou(30L)).isFalse();
        assertThat(partner.canManageMou(30L)).isFalse();
        assertThat(partner.canViewMou(DKK_LEVEL)).isFalse();
    }

    @Test
    void theAdministratorManagesEveryProgramTheOfficerReadsThem() {
        assertThat(admin.canCreateProgram()).isTrue();
        assertThat(admin.canManageProgram(false, DKK_LEVEL)).isTrue();
        assertThat(admin.canManageProgram(true, OTHER)).isTrue();
        assertThat(officer.canBrowsePrograms()).isTrue();
        assertThat(officer.canViewProgram(OTHER)).isTrue();
        assertThat(officer.canCreateProgram()).isFalse();
        assertThat(officer.canManageProgram(true, DKK_LEVEL)).isFalse();
    }

    @Test
    void puskesmasHeadsManageTheirOwnInnovationsStaffOnlyRead() {
        assertThat(head.canCreateProgram()).isTrue();
        assertThat(head.canManageProgram(true, OWN)).isTrue();
        assertThat(head.canManageProgram(false, OWN)).isFalse();
        assertThat(head.canManageProgram(true, OTHER)).isFalse();
        assertThat(head.canManageProgram(false, DKK_LEVEL)).isFalse();
        assertThat(staff.canCreateProgram()).isFalse();
        assertThat(staff.canManageProgram(true, OWN)).isFalse();
        for (AccessScope puskesmas : new AccessScope[] {head, staff}) {
            assertThat(puskesmas.canBrowsePrograms()).isTrue();
            assertThat(puskesmas.canViewProgram(DKK_LEVEL)).isTrue();
            assertThat(puskesmas.canViewProgram(OWN)).isTrue();
            assertThat(puskesmas.canViewProgram(OTHER)).isFalse();
        }
    }

    @Test
    void partnerClinicsSeeNoProgramPages() {
        assertThat(partner.canBrowsePrograms()).isFalse();
        assertThat(partner.canViewProgram(DKK_LEVEL)).isFalse();
        assertThat(partner.canCreateProgram()).isFalse();
        assertThat(partner.canManageProgram(true, 30L)).isFalse();
    }
}
