package id.puskesnet.account;

import id.puskesnet.access.Role;

public record UserChanges(String fullName, Role role, Long facilityId, int version) {
}
