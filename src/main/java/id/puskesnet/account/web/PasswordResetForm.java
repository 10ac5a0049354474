package id.puskesnet.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password the administrator sets for another user. */
record PasswordResetForm(
        @NotBlank @Size(max = 128) String newPassword,
        @NotBlank @Size(max = 128) String confirmPassword) {

    static PasswordResetForm empty() {
        return new PasswordResetForm(null, null);
    }
}
