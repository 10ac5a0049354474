package id.puskesnet.reporting;

import java.util.Set;

/** What the administrator enters for a data element. */
public record DataElementData(String code, String name, String nameEn, long programId, String unit, int maxValue,
                              int sortOrder, Set<String> reporterTypes, boolean active) {
}
