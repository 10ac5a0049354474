package id.puskesnet.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who may see and change partner institutions, by role and by the puskesmas that keeps them. */
class InstitutionAccessScopeTest {

    private static final Long CITY_LEVEL = null;
    private static final long OWN = 10L;
    private static final long OTHER = 20L;

    private final AccessScope admin = new AccessScope(Role.DKK_ADMIN, null);
    private final AccessScope officer = new AccessScope(Role.DKK_OFFICER, null);
    private final AccessScope head = new AccessScope(Role.PUSKESMAS_HEAD, OWN);
    private final AccessScope staff = new AccessScope(Role.PUSKESMAS_STAFF, OWN);
    private final AccessScope partner = new AccessScope(Role.PARTNER, 30L);

    @Test
    void theDkkSeesEveryInstitution() {
        for (AccessScope dkk : new AccessScope[] {admin, officer}) {
            assertThat(dkk.canBrowseInstitutions()).isTrue();
            assertThat(dkk.canViewInstitution(CITY_LEVEL)).isTrue();
            assertThat(dkk.canViewInstitution(OWN)).isTrue();
            assertThat(dkk.canViewInstitution(OTHER)).isTrue();
        }
    }

    @Test
    void onlyTheAdministratorOfTheDkkChangesInstitutions() {
        assertThat(admin.canCreateInstitution()).isTrue();
        assertThat(admin.canManageInstitution(CITY_LEVEL)).isTrue();
        assertThat(admin.canManageInstitution(OTHER)).isTrue();

        assertThat(officer.canCreateInstitution()).isFalse();
        assertThat(officer.canManageInstitution(CITY_LEVEL)).isFalse();
        assertThat(officer.canManageInstitution(OWN)).isFalse();
    }

    @Test
    void puskesmasUsersSeeCityLevelAndTheirOwnAndChangeOnlyTheirOwn() {
        for (AccessScope puskesmas : new AccessScope[] {head, staff}) {
            assertThat(puskesmas.canBrowseInstitutions()).isTrue();
            assertThat(puskesmas.canCreateInstitution()).isTrue();
            assertThat(puskesmas.canViewInstitution(CITY_LEVEL)).isTrue();
            assertThat(puskesmas.canViewInstitution(OWN)).isTrue();
            assertThat(puskesmas.canViewInstitution(OTHER)).isFalse();
            assertThat(puskesmas.canManageInstitution(OWN)).isTrue();
            assertThat(puskesmas.canManageInstitution(CITY_LEVEL)).isFalse();
            assertThat(puskesmas.canManageInstitution(OTHER)).isFalse();
        }
    }

    @Test
    void partnerClinicsSeeNoInstitution() {
        assertThat(partner.canBrowseInstitutions()).isFalse();
        assertThat(partner.canCreateInstitution()).isFalse();
        assertThat(partner.canViewInstitution(CITY_LEVEL)).isFalse();
        assertThat(partner.canViewInstitution(30L)).isFalse();
        assertThat(partner.canManageInstitution(30L)).isFalse();
        assertThat(partner.canManageInstitution(CITY_LEVEL)).isFalse();
    }
}
