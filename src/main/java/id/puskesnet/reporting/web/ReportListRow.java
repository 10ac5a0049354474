package id.puskesnet.reporting.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.puskesnet.reporting.ReportStatus;
import id.puskesnet.reporting.ReportSummary;
import org.springframework.context.MessageSource;

/**
 * A row of the report list with its texts written out in Java: the list shows 25 rows of six cells, and a
 * formatting expression or fragment per cell made the rows most of the page's cost.
 *
 * @param submitted first submission in the city's time zone, "—" when never submitted
 * @param onTime    null when never submitted
 */
record ReportListRow(long id, String month, String facilityName, String networkName, ReportStatus status,
                     String statusText, String submitted, Boolean onTime) {

    private static final String NONE = "—";

    /** Formats for one page: made once, used for every row. */
    static final class Texts {

        private final DateTimeFormatter month;
        private final DateTimeFormatter submitted;
        private final MessageSource messages;
        private final Locale locale;

        Texts(MessageSource messages, Locale locale, ZoneId zone) {
            this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
            this.submitted = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", locale).withZone(zone);
            this.messages = messages;
            this.locale = locale;
        }

        ReportListRow row(ReportSummary r) {
            return new ReportListRow(r.id(), month.format(r.period()), r.facilityName(), r.networkName(), r.status(),
                    messages.getMessage("ReportStatus." + r.status(), null, locale),
                    r.firstSubmittedAt() == null ? NONE : submitted.format(r.firstSubmittedAt()),
                    r.firstSubmittedAt() == null ? null : r.onTime());
        }
    }
}
