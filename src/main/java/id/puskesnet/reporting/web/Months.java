package id.puskesnet.reporting.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;

/** Months typed in URLs and forms as {@code 2026-11}: anything else, or a year outside 2000..next year, is no month. */
final class Months {

    private Months() {
    }

    static Optional<YearMonth> parse(String text, Clock clock) {
        if (text == null || text.isBlank() || text.length() > 7) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            int year = month.getYear();
            return year >= 2000 && year <= YearMonth.now(clock).getYear() + 1 ? Optional.of(month) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static YearMonth lastMonth(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
    }
}
