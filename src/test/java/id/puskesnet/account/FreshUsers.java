package id.puskesnet.account;

import java.util.UUID;

import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;

/**
 * Accounts of their own for tests that change passwords or disable users: the tests share one database,
 * and the demo accounts must keep their password and status for every other test.
 */
final class FreshUsers {

    private FreshUsers() {
    }

    static String username(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    static long facilityId(FacilityService facilities, String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }

    static long create(AccountService accounts, FacilityService facilities, String username, Role role,
                       String facilityCode, String password) {
        Long facilityId = facilityCode == null ? null : facilityId(facilities, facilityCode);
        return accounts.create(new NewUser(username, "Pengguna uji " + username, role, facilityId, password));
    }
}
