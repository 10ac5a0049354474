package id.puskesnet.account.web;

import java.util.Locale;

import id.puskesnet.access.Role;
import id.puskesnet.account.NewUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for a new account. Usernames are checked in lower case, as they are stored. */
record NewUserForm(
        @NotBlank @Size(min = 3, max = 50) @Pattern(regexp = "[a-z0-9._-]*") String username,
        @NotBlank @Size(min = 1, max = 150) String fullName,
        @NotBlank @Pattern(regexp = "DKK_ADMIN|DKK_OFFICER|PUSKESMAS_HEAD|PUSKESMAS_STAFF|PARTNER") String role,
        @Pattern(regexp = "\\d{1,18}") String facilityId,
        @NotBlank @Size(max = 128) String password,
        @NotBlank @Size(max = 128) String confirmPassword) {

    NewUserForm {
        username = username == null ? null : username.toLowerCase(Locale.ROOT);
    }

    static NewUserForm empty() {
        return new NewUserForm(null, null, null, null, null, null);
    }

    NewUser toNewUser() {
        return new NewUser(username, fullName, Role.valueOf(role), facilityIdValue(), password);
    }

    /** The chosen facility; the form's text (a select's value) is checked by its pattern first. */
    Long facilityIdValue() {
        return facilityId == null || facilityId.isBlank() ? null : Long.valueOf(facilityId);
    }
}
