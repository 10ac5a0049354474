package id.puskesnet.indicator;

import java.time.YearMonth;

/** An indicator's figure as it stood in one month of the year (year to date, or that month alone). */
public record TrendPoint(YearMonth month, Figure figure) {
}
