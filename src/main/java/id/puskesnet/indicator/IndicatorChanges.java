package id.puskesnet.indicator;

import java.math.BigDecimal;

/** What the DKK administrator may change in an indicator: names, national target, its source, colours, notes. */
public record IndicatorChanges(String name, String nameEn, BigDecimal targetValue, String targetSource,
                               boolean higherIsBetter, BigDecimal amberRatio, String note, String noteEn,
                               boolean active) {
}
