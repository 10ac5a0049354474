package id.puskesnet.mou.web;

import java.time.LocalDate;

import id.puskesnet.common.validation.ReasonableDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Ending an MoU: from when, and why. */
record TerminateForm(
        @NotNull @ReasonableDate LocalDate terminatedOn,
        @NotBlank @Size(max = 1000) String reason,
        int version) {
}
