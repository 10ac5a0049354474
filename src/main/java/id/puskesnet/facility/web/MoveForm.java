package id.puskesnet.facility.web;

import java.time.LocalDate;

import id.puskesnet.common.validation.ReasonableDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record MoveForm(
        @NotNull Long newPuskesmasId,
        @NotNull @ReasonableDate LocalDate effectiveDate,
        @Size(max = 500) String note) {
}
