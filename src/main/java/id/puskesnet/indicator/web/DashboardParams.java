package id.puskesnet.indicator.web;

import java.time.Clock;
import java.time.YearMonth;

import id.puskesnet.indicator.DashboardQuery;

/**
 * The dashboard filters as typed in the URL ({@code ?year=2026&month=11&program=3&kecamatan=5&sort=SPM_HT}).
 * Anything that means nothing (letters, month 13, year 1900 or 9999, a month still to come) is dropped and
 * flagged, and the default month (last month) is shown instead.
 */
record DashboardParams(String year, String month, String program, String kecamatan, String sort) {

    static final int FIRST_YEAR = 2000;

    DashboardQuery query(Clock clock) {
        return new DashboardQuery(month(clock), id(program), id(kecamatan), sort(sort));
    }

    /** True when some filter was given but could not be used. */
    boolean bad(Clock clock) {
        boolean badMonth = (present(year) || present(month)) && chosen(clock) == null;
        return badMonth || (present(program) && id(program) == null) || (present(kecamatan) && id(kecamatan) == null);
    }

    YearMonth month(Clock clock) {
        YearMonth chosen = chosen(clock);
        return chosen != null ? chosen : YearMonth.now(clock).minusMonths(1);
    }

    private YearMonth chosen(Clock clock) {
        YearMonth now = YearMonth.now(clock);
        Integer y = present(year) ? number(year, 4) : Integer.valueOf(now.minusMonths(1).getYear());
        if (y == null || y < FIRST_YEAR || y > now.getYear()) {
            return null;
        }
        Integer m;
        if (present(month)) {
            m = number(month, 2);
        } else {
            m = y == now.getYear() ? Math.max(1, now.getMonthValue() - 1) : 12;
        }
        if (m == null || m < 1 || m > 12) {
            return null;
        }
        YearMonth chosen = YearMonth.of(y, m);
        return chosen.isAfter(now) ? null : chosen;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static Integer number(String text, int maxDigits) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > maxDigits || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.parseInt(t);
    }

    private static Long id(String text) {
        if (!present(text)) {
            return null;
        }
        String t = text.strip();
        return t.length() <= 18 && t.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.parseLong(t) : null;
    }

    private static String sort(String text) {
        return present(text) && text.length() <= 40 ? text.strip() : null;
    }
}
