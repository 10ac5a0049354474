package id.puskesnet.indicator.web;

import java.math.BigDecimal;

import id.puskesnet.indicator.IndicatorChanges;
import id.puskesnet.indicator.IndicatorDefinition;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the DKK administrator may change in an indicator. */
record IndicatorForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String nameEn,
        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal targetValue,
        @NotBlank @Size(max = 500) String targetSource,
        boolean higherIsBetter,
        @NotNull @DecimalMin("0.01") @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal amberRatio,
        @Size(max = 1000) String note,
        @Size(max = 1000) String noteEn,
        boolean active,
        int version) {

    static IndicatorForm of(IndicatorDefinition d) {
        return new IndicatorForm(d.name(), d.nameEn(), d.targetValue().stripTrailingZeros(), d.targetSource(),
                d.higherIsBetter(), d.amberRatio(), d.note(), d.noteEn(), d.active(), d.version());
    }

    IndicatorChanges changes() {
        return new IndicatorChanges(name, nameEn, targetValue, targetSource, higherIsBetter, amberRatio, note, noteEn,
                active);
    }
}
