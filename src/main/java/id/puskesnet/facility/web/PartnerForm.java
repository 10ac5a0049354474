package id.puskesnet.facility.web;

import java.time.LocalDate;

import id.puskesnet.common.validation.Phone;
import id.puskesnet.common.validation.ReasonableDate;
import id.puskesnet.facility.FacilityDetails;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.PartnerData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record PartnerForm(
        @NotNull FacilityType type,
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]*") String code,
        @NotBlank @Size(max = 150) String name,
        @NotNull Long kelurahanId,
        Long networkPuskesmasId,
        @Size(max = 300) String address,
        @Phone String phone,
        @Size(max = 150) String headName,
        @Size(max = 100) String licenceNumber,
        @ReasonableDate LocalDate licenceExpiry,
        @Size(max = 150) String contactPerson,
        @Phone String contactPhone,
        @ReasonableDate LocalDate joinedOn,
        Integer version) {

    static PartnerForm empty(Long networkPuskesmasId) {
        return new PartnerForm(FacilityType.KLINIK_PRATAMA, null, null, null, networkPuskesmasId, null, null, null,
                null, null, null, null, null, 0);
    }

    static PartnerForm of(FacilityDetails f) {
        return new PartnerForm(f.type(), f.code(), f.name(), f.kelurahanId(), f.networkPuskesmasId(), f.address(),
                f.phone(), f.headName(), f.licenceNumber(), f.licenceExpiry(), f.contactPerson(), f.contactPhone(),
                f.joinedOn(), f.version());
    }

    PartnerData toData() {
        return new PartnerData(type, code, name, kelurahanId, networkPuskesmasId, address, phone, headName,
                licenceNumber, licenceExpiry, contactPerson, contactPhone, joinedOn);
    }
}
