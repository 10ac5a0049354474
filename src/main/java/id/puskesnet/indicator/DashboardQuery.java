package id.puskesnet.indicator;

import java.time.YearMonth;

/**
 * What a dashboard shows: the month (figures from January of its year to it), optionally one program and one
 * kecamatan, and the indicator code the ranking is sorted by (null: the first indicator shown).
 */
public record DashboardQuery(YearMonth month, Long programId, Long kecamatanId, String sort) {
}
