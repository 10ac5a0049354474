package id.puskesnet.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monthly deadlines, as days of the month after the period: partners submit by the 5th, puskesmas verify
 * (and file their own report) by the 8th, the DKK accepts by the 10th. A deadline day lasts until midnight in
 * the city's time zone. Set with {@code puskesnet.reporting.partner-deadline-day} and its siblings.
 */
@Component
public class ReportingDeadlines {

    private final int partnerDay;
    private final int verificationDay;
    private final int acceptanceDay;
    private final ZoneId zone;

    ReportingDeadlines(@Value("${puskesnet.reporting.partner-deadline-day:5}") int partnerDay,
                       @Value("${puskesnet.reporting.verification-deadline-day:8}") int verificationDay,
                       @Value("${puskesnet.reporting.acceptance-deadline-day:10}") int acceptanceDay,
                       ZoneId displayZone) {
        if (partnerDay < 1 || partnerDay > 28 || verificationDay < partnerDay || verificationDay > 28
                || acceptanceDay < verificationDay || acceptanceDay > 28) {
            throw new IllegalArgumentException("Reporting deadline days must be 1-28 and in order partner <= "
                    + "verification <= acceptance, got " + partnerDay + ", " + verificationDay + ", " + acceptanceDay);
        }
        this.partnerDay = partnerDay;
        this.verificationDay = verificationDay;
        this.acceptanceDay = acceptanceDay;
        this.zone = displayZone;
    }

    /** The last day a partner may submit the report of the given month. */
    public LocalDate partnerDue(LocalDate period) {
        return period.plusMonths(1).withDayOfMonth(partnerDay);
    }

    /** The last day a puskesmas verifies its partners' reports and submits its own. */
    public LocalDate verificationDue(LocalDate period) {
        return period.plusMonths(1).withDayOfMonth(verificationDay);
    }

    /** The last day the DKK accepts the month's reports. */
    public LocalDate acceptanceDue(LocalDate period) {
        return period.plusMonths(1).withDayOfMonth(acceptanceDay);
    }

    /** The day a facility's own report is due: partners by the partner day, a puskesmas by the verification day. */
    public LocalDate submissionDue(LocalDate period, boolean puskesmas) {
        return puskesmas ? verificationDue(period) : partnerDue(period);
    }

    /** The first instant after the given deadline day. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
