package id.puskesnet.facility.web;

import id.puskesnet.facility.KecamatanData;
import id.puskesnet.facility.KecamatanDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record KecamatanForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9]*") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull Long kotaId,
        Integer version) {

    static KecamatanForm empty(Long kotaId) {
        return new KecamatanForm(null, null, kotaId, 0);
    }

    static KecamatanForm of(KecamatanDetails k) {
        return new KecamatanForm(k.code(), k.name(), k.kotaId(), k.version());
    }

    KecamatanData toData() {
        return new KecamatanData(code, name, kotaId);
    }
}
