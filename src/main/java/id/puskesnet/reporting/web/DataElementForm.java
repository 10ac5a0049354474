package id.puskesnet.reporting.web;

import java.util.List;
import java.util.Set;

import id.puskesnet.reporting.DataElementData;
import id.puskesnet.reporting.DataElementOption;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for a data element; the code is fixed once created. */
record DataElementForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Pattern(regexp = "\\d{1,18}") String programId,
        @NotBlank @Size(max = 40) String unit,
        @NotBlank @Pattern(regexp = "\\s*\\d{1,9}\\s*") String maxValue,
        @NotBlank @Pattern(regexp = "\\s*\\d{1,5}\\s*") String sortOrder,
        List<String> reporterTypes,
        String active,
        @Pattern(regexp = "\\d{1,9}") String version) {

    static DataElementForm empty() {
        return new DataElementForm(null, null, null, null, "orang", "10000", "100", List.of("PUSKESMAS"), "true", "0");
    }

    static DataElementForm of(DataElementOption e, int version) {
        return new DataElementForm(e.code(), e.name(), e.nameEn(), String.valueOf(e.programId()), e.unit(), String.valueOf(e.maxValue()),
                String.valueOf(e.sortOrder()), List.copyOf(e.reporterTypes()), String.valueOf(e.active()), String.valueOf(version));
    }

    /** A check box: ticked sends "true"; anything else, or nothing, is unticked. */
    boolean isActive() {
        return "true".equals(active);
    }

    int versionOrZero() {
        return version == null || version.isBlank() ? 0 : Integer.parseInt(version);
    }

    /** The maximum must be at least 1 and at most 100,000,000: checked after the pattern, on the number. */
    boolean maxValueInRange() {
        try {
            long value = Long.parseLong(maxValue.strip());
            return value >= 1 && value <= 100_000_000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    DataElementData toData() {
        return new DataElementData(code, name, nameEn, Long.parseLong(programId), unit, Integer.parseInt(maxValue.strip()),
                Integer.parseInt(sortOrder.strip()),
                reporterTypes == null ? Set.of() : Set.copyOf(reporterTypes), isActive());
    }
}
