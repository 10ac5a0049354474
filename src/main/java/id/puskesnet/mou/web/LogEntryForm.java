package id.puskesnet.mou.web;

import java.time.LocalDate;

import id.puskesnet.common.validation.ReasonableDate;
import id.puskesnet.mou.LogEntryData;
import id.puskesnet.mou.MouDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An entry of the collaboration log; a count needs its unit ("12" "orang"). */
record LogEntryForm(
        @NotNull @ReasonableDate LocalDate happenedOn,
        @NotBlank @Size(max = 1000) String description,
        @Min(0) @Max(1_000_000) Integer quantity,
        @Size(max = 50) String unit,
        int version) {

    static LogEntryForm empty(LocalDate today) {
        return new LogEntryForm(today, null, null, null, 0);
    }

    static LogEntryForm of(MouDetails.LogEntry e) {
        return new LogEntryForm(e.happenedOn(), e.description(), e.quantity(), e.unit(), e.version());
    }

    LogEntryData toData() {
        return new LogEntryData(happenedOn, description, quantity, unit);
    }
}
