package id.puskesnet.reporting;

import java.util.Locale;
import java.util.Set;

/** A data element as forms and tables show it. */
public record DataElementOption(long id, String code, String name, String nameEn, long programId, String unit,
                                int maxValue, int sortOrder, boolean active, Set<String> reporterTypes) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    public boolean reportedBy(String facilityType) {
        return reporterTypes.contains(facilityType);
    }
}
