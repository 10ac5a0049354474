package id.puskesnet.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An indicator: numerator = sum of data elements; denominator = sum of data elements, or an annual target
 * kind, or nothing (a count). Its national target and the legal source of that target are shown beside it.
 *
 * @param amberRatio a figure at or above this share of the target (for lower-is-better: at most the target
 *                   divided by it) is amber rather than red
 */
public record IndicatorDefinition(long id, String code, String name, String nameEn, long programId,
                                  IndicatorUnit unit, Cumulation cumulation, boolean higherIsBetter,
                                  BigDecimal targetValue, String targetSource, List<Long> numeratorElementIds,
                                  List<Long> denominatorElementIds, Long denominatorTargetKindId,
                                  BigDecimal amberRatio, String note, String noteEn, int sortOrder, boolean active,
                                  int version) {

    public IndicatorDefinition {
        numeratorElementIds = List.copyOf(numeratorElementIds);
        denominatorElementIds = List.copyOf(denominatorElementIds);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    public String noteLabel(Locale locale) {
        return "en".equals(locale.getLanguage()) ? noteEn : note;
    }

    public boolean targetDenominator() {
        return denominatorTargetKindId != null;
    }

    /**
     * Year-to-date coverage of an annual target is judged against the share of the target due by the month
     * (e.g. half of it in June); every other figure against the whole target.
     */
    public boolean proratedTarget() {
        return cumulation == Cumulation.YEAR_TO_DATE && targetDenominator();
    }

    /** Every data element the indicator reads. */
    public Set<Long> elementIds() {
        Set<Long> ids = new LinkedHashSet<>(numeratorElementIds);
        ids.addAll(denominatorElementIds);
        return ids;
    }
}
