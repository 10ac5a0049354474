package id.puskesnet.facility.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import id.puskesnet.common.validation.Phone;
import id.puskesnet.common.validation.ReasonableDate;
import id.puskesnet.facility.FacilityDetails;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.PuskesmasData;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record PuskesmasForm(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]*") String code,
        @NotBlank @Size(max = 150) String name,
        @NotNull Long kecamatanId,
        @NotEmpty @Size(max = 50) Set<Long> kelurahanIds,
        @Size(max = 300) String address,
        @Phone String phone,
        @Size(max = 150) String headName,
        Boolean open24h,
        Boolean blud,
        @NotNull IlpStatus ilpStatus,
        @ReasonableDate LocalDate ilpSince,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude,
        Integer version) {

    static PuskesmasForm empty() {
        return new PuskesmasForm(null, null, null, new LinkedHashSet<>(), null, null, null, false, false,
                IlpStatus.BELUM, null, null, null, 0);
    }

    static PuskesmasForm of(FacilityDetails f) {
        return new PuskesmasForm(f.code(), f.name(), f.kecamatanId(), new LinkedHashSet<>(f.kelurahanServedIds()),
                f.address(), f.phone(), f.headName(), f.open24h(), f.blud(), f.ilpStatus(), f.ilpSince(),
                f.latitude(), f.longitude(), f.version());
    }

    PuskesmasData toData() {
        return new PuskesmasData(code, name, kecamatanId, kelurahanIds, address, phone, headName,
                Boolean.TRUE.equals(open24h), Boolean.TRUE.equals(blud),
                ilpStatus, ilpSince, latitude, longitude);
    }
}
