package id.puskesnet.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordChangeForm(
        @NotBlank @Size(max = 128) String currentPassword,
        @NotBlank @Size(max = 128) String newPassword,
        @NotBlank @Size(max = 128) String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm(null, null, null);
    }
}
