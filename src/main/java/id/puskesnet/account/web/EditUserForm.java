package id.puskesnet.account.web;

import id.puskesnet.access.Role;
import id.puskesnet.account.UserChanges;
import id.puskesnet.account.UserSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The administrator's form for an existing account; {@code version} detects edits made in between. */
record EditUserForm(
        @NotBlank @Size(min = 1, max = 150) String fullName,
        @NotNull Role role,
        Long facilityId,
        @NotNull Integer version) {

    static EditUserForm of(UserSummary user) {
        return new EditUserForm(user.fullName(), user.role(), user.facilityId(), user.version());
    }

    UserChanges toChanges() {
        return new UserChanges(fullName, role, facilityId, version);
    }
}
