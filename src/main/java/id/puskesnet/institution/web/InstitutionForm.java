package id.puskesnet.institution.web;

import id.puskesnet.common.validation.Phone;
import id.puskesnet.institution.InstitutionData;
import id.puskesnet.institution.InstitutionDetails;
import id.puskesnet.institution.InstitutionSector;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The create and edit form; {@code ownerPuskesmasId} is read only from the DKK administrator. */
record InstitutionForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull InstitutionSector sector,
        Long ownerPuskesmasId,
        Long kecamatanId,
        @Size(max = 300) String address,
        @Size(max = 150) String contactPerson,
        @Phone String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 1000) String notes,
        int version) {

    static InstitutionForm empty() {
        return new InstitutionForm(null, null, null, null, null, null, null, null, null, 0);
    }

    static InstitutionForm of(InstitutionDetails i) {
        return new InstitutionForm(i.name(), i.sector(), i.ownerPuskesmasId(), i.kecamatanId(), i.address(),
                i.contactPerson(), i.phone(), i.email(), i.notes(), i.version());
    }

    InstitutionData toData() {
        return new InstitutionData(name, sector, ownerPuskesmasId, kecamatanId, address, contactPerson, phone, email,
                notes);
    }
}
