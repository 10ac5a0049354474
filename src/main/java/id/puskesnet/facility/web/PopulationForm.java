package id.puskesnet.facility.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

record PopulationForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(0) @Max(10_000_000) Integer population) {
}
