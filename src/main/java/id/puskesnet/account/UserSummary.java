package id.puskesnet.account;

import id.puskesnet.access.Role;

public record UserSummary(long id, String username, String fullName, Role role, Long facilityId,
                          String facilityName, boolean enabled, int version) {
}
