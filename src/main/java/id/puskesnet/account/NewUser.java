package id.puskesnet.account;

import id.puskesnet.access.Role;

public record NewUser(String username, String fullName, Role role, Long facilityId, String password) {
}
