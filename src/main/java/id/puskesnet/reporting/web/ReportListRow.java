package id.puskesnet.reporting.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.puskesnet.reporting.ReportSummary;
import org.springframework.context.MessageSource;

/**
 * A row of the report list with its texts and badge classes written out in Java: the list shows 25 rows of six
 * cells, and a formatting expression, condition or fragment per cell made the rows most of the page's cost.
 *
 * @param statusClass  the status badge's classes
 * @param submitted    first submission in the city's time zone, "—" when never submitted
 * @param onTimeClass  the on-time badge's classes, null (no badge) when never submitted
 * @param onTimeText   on time, late, or "—" when never submitted
 */
record ReportListRow(long id, String month, String facilityName, String networkName, String statusClass,
                     String statusText, String submitted, String onTimeClass, String onTimeText) {

    private static final String NONE = "—";

    /** Formats and texts for one page: made once, used for every row. */
    static final class Texts {

        private final DateTimeFormatter month;
        private final DateTimeFormatter submitted;
        private final MessageSource messages;
        private final Locale locale;
        private final String onTime;
        private final String late;

        Texts(MessageSource messages, Locale locale, ZoneId zone) {
            this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
            this.submitted = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", locale).withZone(zone);
            this.messages = messages;
            this.locale = locale;
            this.onTime = messages.getMessage("report.onTime.yes", null, locale);
            this.late = messages.getMessage("report.onTime.late", null, locale);
        }

        ReportListRow row(ReportSummary r) {
            boolean never = r.firstSubmittedAt() == null;
            return new ReportListRow(r.id(), month.format(r.period()), r.facilityName(), r.networkName(),
                    "badge report-status text-bg-" + r.status().tone(),
                    messages.getMessage("ReportStatus." + r.status(), null, locale),
                    never ? NONE : submitted.format(r.firstSubmittedAt()),
                    never ? null : r.onTime() ? "badge text-bg-success" : "badge text-bg-warning",
                    never ? NONE : r.onTime() ? onTime : late);
        }
    }
}
