package id.puskesnet.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may see and change which facility. Two networks: puskesmas A (1) with partners A1 (11) and A2 (12),
 * puskesmas B (2) with partner B1 (21). Puskesmas users work at A; the partner user at A1.
 */
class AccessScopeTest {

    enum Target {
        PUSKESMAS_A(1, null),
        PARTNER_A1(11, 1L),
        PARTNER_A2(12, 1L),
        PUSKESMAS_B(2, null),
        PARTNER_B1(21, 2L);

        final long id;
        final Long networkPuskesmasId;

        Target(long id, Long networkPuskesmasId) {
            this.id = id;
            this.networkPuskesmasId = networkPuskesmasId;
        }
    }

    @ParameterizedTest(name = "{0} at {1} → {2}: view {3}, manage {4}, contact {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # role,           user's facility, target,     view,  manage, update contact
            DKK_ADMIN,        -,  PUSKESMAS_A,  true,  true,  true
            DKK_ADMIN,        -,  PARTNER_A1,   true,  true,  true
            DKK_ADMIN,        -,  PARTNER_A2,   true,  true,  true
            DKK_ADMIN,        -,  PUSKESMAS_B,  true,  true,  true
            DKK_ADMIN,        -,  PARTNER_B1,   true,  true,  true
            DKK_OFFICER,      -,  PUSKESMAS_A,  true,  false, false
            DKK_OFFICER,      -,  PARTNER_A1,   true,  false, false
            DKK_OFFICER,      -,  PARTNER_A2,   true,  false, false
            DKK_OFFICER,      -,  PUSKESMAS_B,  true,  false, false
            DKK_OFFICER,      -,  PARTNER_B1,   true,  false, false
            PUSKESMAS_HEAD,   1,  PUSKESMAS_A,  true,  false, true
            PUSKESMAS_HEAD,   1,  PARTNER_A1,   true,  true,  true
            PUSKESMAS_HEAD,   1,  PARTNER_A2,   true,  true,  true
            PUSKESMAS_HEAD,   1,  PUSKESMAS_B,  false, false, false
            PUSKESMAS_HEAD,   1,  PARTNER_B1,   false, false, false
            PUSKESMAS_STAFF,  1,  PUSKESMAS_A,  true,  false, false
            PUSKESMAS_STAFF,  1,  PARTNER_A1,   true,  true,  true
            PUSKESMAS_STAFF,  1,  PARTNER_A2,   true,  true,  true
            PUSKESMAS_STAFF,  1,  PUSKESMAS_B,  false, false, false
            PUSKESMAS_STAFF,  1,  PARTNER_B1,   false, false, false
            PARTNER,          11, PUSKESMAS_A,  false, false, false
            PARTNER,          11, PARTNER_A1,   true,  false, true
            PARTNER,          11, PARTNER_A2,   false, false, false
            PARTNER,          11, PUSKESMAS_B,  false, false, false
            PARTNER,          11, PARTNER_B1,   false, false, false
            """)
    void decidesWhoMaySeeAndChangeWhichFacility(Role role, Long userFacilityId, Target target,
                                                boolean view, boolean manage, boolean updateContact) {
        AccessScope scope = new AccessScope(role, userFacilityId);
        assertThat(scope.canView(target.id, target.networkPuskesmasId)).as("view").isEqualTo(view);
        assertThat(scope.canManage(target.id, target.networkPuskesmasId)).as("manage").isEqualTo(manage);
        assertThat(scope.canUpdateContact(target.id, target.networkPuskesmasId)).as("update contact")
                .isEqualTo(updateContact);
    }

    @Test
    void aPuskesmasUserAtAnotherPuskesmasSeesThatNetworkInstead() {
        AccessScope atB = new AccessScope(Role.PUSKESMAS_HEAD, 2L);
        assertThat(atB.canView(Target.PARTNER_B1.id, Target.PARTNER_B1.networkPuskesmasId)).isTrue();
        assertThat(atB.canView(Target.PARTNER_A1.id, Target.PARTNER_A1.networkPuskesmasId)).isFalse();
        assertThat(atB.canManage(Target.PARTNER_A1.id, Target.PARTNER_A1.networkPuskesmasId)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PUSKESMAS_HEAD", "PUSKESMAS_STAFF", "PARTNER"})
    void aRoleBoundToAFacilityNeedsOne(Role role) {
        assertThatThrownBy(() -> new AccessScope(role, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(role.name());
    }

    @Test
    void aRoleIsRequired() {
        assertThatThrownBy(() -> new AccessScope(null, 1L)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DKK_ADMIN", "DKK_OFFICER"})
    void dkkRolesAreCityWideAndBoundToNoFacility(Role role) {
        AccessScope scope = new AccessScope(role, 1L);
        assertThat(scope.cityWide()).isTrue();
        assertThat(scope.facilityId()).isNull();
        assertThat(scope.puskesmasId()).isNull();
    }

    @Test
    void onlyPuskesmasUsersHaveANetworkToFilterBy() {
        assertThat(new AccessScope(Role.PUSKESMAS_HEAD, 1L).puskesmasId()).isEqualTo(1L);
        assertThat(new AccessScope(Role.PUSKESMAS_STAFF, 1L).puskesmasId()).isEqualTo(1L);
        assertThat(new AccessScope(Role.PARTNER, 11L).puskesmasId()).isNull();
        assertThat(new AccessScope(Role.PARTNER, 11L).cityWide()).isFalse();
    }
}
