package id.puskesnet.facility.web;

import id.puskesnet.facility.KelurahanData;
import id.puskesnet.facility.KelurahanDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record KelurahanForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9]*") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull Long kecamatanId,
        Integer version) {

    static KelurahanForm empty(Long kecamatanId) {
        return new KelurahanForm(null, null, kecamatanId, 0);
    }

    static KelurahanForm of(KelurahanDetails k) {
        return new KelurahanForm(k.code(), k.name(), k.kecamatanId(), k.version());
    }

    KelurahanData toData() {
        return new KelurahanData(code, name, kecamatanId);
    }
}
