package id.puskesnet.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due, overdue and returned in monthly reporting, for the home page: the facility's own report of
 * last month, returned reports, partner reports waiting for verification, reports waiting for the DKK, and
 * facilities that have not reported after the deadline.
 */
@Component
@Transactional(readOnly = true)
class ReportAttention implements AttentionSource {

    static final String SECTION = "attention.section.reports";
    /** Counts of the attention list stop past this: "more than 1,000" says enough and costs a bounded index range. */
    static final int COUNT_LIMIT = 1_000;

    private final JdbcTemplate jdbc;
    private final ReportingUnits units;
    private final ReportingDeadlines deadlines;
    private final Clock clock;

    ReportAttention(JdbcTemplate jdbc, ReportingUnits units, ReportingDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<AttentionItem> attentionFor(AccessScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastMonth = YearMonth.from(today).minusMonths(1).atDay(1);
        List<AttentionItem> items = new ArrayList<>();
        if (scope.facilityId() != null) {
            units.find(scope.facilityId()).ifPresent(unit -> {
                if (ReportService.mayFileFor(scope, unit)) {
                    ownReport(unit, lastMonth, today, items);
                    returned(unit.id(), items);
                }
            });
        }
        if (scope.puskesmasId() != null) {
            awaitingVerification(scope.puskesmasId(), lastMonth, today, items);
            missingPartners(scope.puskesmasId(), lastMonth, today, items);
        }
        if (scope.cityWide()) {
            awaitingAcceptance(lastMonth, today, items);
            missingCityWide(lastMonth, today, items);
        }
        return items;
    }

    private void ownReport(ReportingUnit unit, LocalDate lastMonth, LocalDate today, List<AttentionItem> items) {
        List<String> status = jdbc.queryForList("select status from report where facility_id = ? and period = ?",
                String.class, unit.id(), lastMonth);
        if (!status.isEmpty() && !"DRAFT".equals(status.get(0))) {
            return;
        }
        LocalDate due = deadlines.submissionDue(lastMonth, unit.puskesmas());
        boolean overdue = today.isAfter(due);
        items.add(new AttentionItem(overdue ? AttentionLevel.DANGER : AttentionLevel.WARNING, SECTION,
                overdue ? "attention.report.ownOverdue" : "attention.report.ownDue",
                List.of(YearMonth.from(lastMonth), due), "/reports/new?period=" + YearMonth.from(lastMonth)));
    }

    private void returned(long facilityId, List<AttentionItem> items) {
        Long count = jdbc.queryForObject("select count(*) from report where facility_id = ? and status = 'RETURNED'",
                Long.class, facilityId);
        if (count != null && count > 0) {
            items.add(new AttentionItem(AttentionLevel.DANGER, SECTION, "attention.report.returned", List.of(count),
                    "/reports?status=RETURNED"));
        }
    }

    private void awaitingVerification(long puskesmasId, LocalDate lastMonth, LocalDate today, List<AttentionItem> items) {
        Long count = jdbc.queryForObject("""
                select count(*) from report where network_puskesmas_id = ? and facility_id <> network_puskesmas_id
                and status = 'SUBMITTED'""", Long.class, puskesmasId);
        if (count != null && count > 0) {
            LocalDate due = deadlines.verificationDue(lastMonth);
            items.add(new AttentionItem(today.isAfter(due) ? AttentionLevel.DANGER : AttentionLevel.WARNING, SECTION,
                    "attention.report.awaitingVerification", List.of(count, due), "/reports?status=SUBMITTED"));
        }
    }

    private void missingPartners(long puskesmasId, LocalDate lastMonth, LocalDate today, List<AttentionItem> items) {
        LocalDate due = deadlines.partnerDue(lastMonth);
        if (!today.isAfter(due)) {
            return;
        }
        Long count = jdbc.queryForObject("""
                select count(*) from network_membership nm join facility f on f.id = nm.partner_id and f.active
                where nm.puskesmas_id = ? and nm.valid_from < ? and (nm.valid_to is null or nm.valid_to >= ?)
                and not exists (select 1 from report r where r.facility_id = nm.partner_id and r.period = ?
                                and r.first_submitted_at is not null)""",
                Long.class, puskesmasId, lastMonth.plusMonths(1), lastMonth.plusMonths(1), lastMonth);
        if (count != null && count > 0) {
            items.add(new AttentionItem(AttentionLevel.WARNING, SECTION, "attention.report.partnersMissing",
                    List.of(count, YearMonth.from(lastMonth)), "/reports/completeness?month=" + YearMonth.from(lastMonth)));
        }
    }

    private void awaitingAcceptance(LocalDate lastMonth, LocalDate today, List<AttentionItem> items) {
        // Two counts, each one range of ix_report_status_facility_network (an OR of both would scan all of it),
        // each stopping past COUNT_LIMIT: a country has hundreds of thousands waiting near a deadline.
        Long count = jdbc.queryForObject("""
                select (select count(*) from (select 1 from report where status = 'VERIFIED'
                            and facility_id <> network_puskesmas_id limit ?) v)
                     + (select count(*) from (select 1 from report where status = 'SUBMITTED'
                            and facility_id = network_puskesmas_id limit ?) s)""",
                Long.class, COUNT_LIMIT + 1, COUNT_LIMIT + 1);
        if (count != null && count > 0) {
            LocalDate due = deadlines.acceptanceDue(lastMonth);
            boolean many = count > COUNT_LIMIT;
            items.add(new AttentionItem(today.isAfter(due) ? AttentionLevel.DANGER : AttentionLevel.WARNING, SECTION,
                    many ? "attention.report.awaitingAcceptanceMany" : "attention.report.awaitingAcceptance",
                    List.of(many ? (long) COUNT_LIMIT : count, due), "/reports?awaiting=true"));
        }
    }

    private void missingCityWide(LocalDate lastMonth, LocalDate today, List<AttentionItem> items) {
        if (!today.isAfter(deadlines.verificationDue(lastMonth))) {
            return;
        }
        Long count = jdbc.queryForObject("""
                select count(*) from facility p where p.type = 'PUSKESMAS' and p.active
                and not exists (select 1 from report r where r.facility_id = p.id and r.period = ?
                                and r.first_submitted_at is not null)""", Long.class, lastMonth);
        if (count != null && count > 0) {
            items.add(new AttentionItem(AttentionLevel.DANGER, SECTION, "attention.report.puskesmasMissing",
                    List.of(count, YearMonth.from(lastMonth)), "/reports/completeness?month=" + YearMonth.from(lastMonth)));
        }
    }
}
