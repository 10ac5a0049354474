package id.puskesnet.program.web;

import id.puskesnet.program.ProgramData;
import id.puskesnet.program.ProgramDetails;
import id.puskesnet.program.ProgramKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The create and edit form. The code is entered only when creating; kind, owner and sort order are read only
 * from the DKK administrator.
 */
record ProgramForm(
        @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9_]*") String code,
        @NotBlank @Size(max = 150) String name,
        @Size(max = 150) String nameEn,
        ProgramKind kind,
        Long ownerPuskesmasId,
        @Size(max = 1000) String description,
        @Min(0) @Max(9999) Integer sortOrder,
        int version) {

    static ProgramForm empty() {
        return new ProgramForm(null, null, null, ProgramKind.INOVASI, null, null, null, 0);
    }

    static ProgramForm of(ProgramDetails p) {
        return new ProgramForm(p.code(), p.name(), p.nameEn(), p.kind(), p.ownerPuskesmasId(), p.description(),
                p.sortOrder(), p.version());
    }

    ProgramData toData() {
        return new ProgramData(code, name, nameEn, kind, ownerPuskesmasId, description, sortOrder);
    }
}
