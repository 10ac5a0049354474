package id.puskesnet.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentUser;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.reporting.ReportRollups.Contribution;
import id.puskesnet.reporting.domain.Report;
import id.puskesnet.reporting.domain.ReportRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report flow. A facility fills in and submits its own report; the puskesmas verifies or returns
 * its partners' reports; the DKK accepts or returns verified partner reports and submitted puskesmas reports.
 * Every change is checked against the user's scope here, audited, and reflected in the rollups (and, on a first
 * submission, the completeness counts) in the same transaction.
 */
@Service
@Transactional
public class ReportService {

    public static final String AUDIT_TYPE = "REPORT";
    static final int MAX_REASON = 1000;

    private final ReportRepository reports;
    private final ReportingUnits units;
    private final DataElementCatalog catalog;
    private final EntryValidator validator;
    private final ReportRollups rollups;
    private final CompletenessCounters completeness;
    private final ReportingDeadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;
    private final ReportHistory history;

    ReportService(ReportRepository reports, ReportingUnits units, DataElementCatalog catalog, EntryValidator validator,
                  ReportRollups rollups, CompletenessCounters completeness, ReportingDeadlines deadlines, AuditLog audit,
                  Clock clock, ReportHistory history) {
        this.reports = reports;
        this.units = units;
        this.catalog = catalog;
        this.validator = validator;
        this.rollups = rollups;
        this.completeness = completeness;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.history = history;
    }

    /**
     * The facility's report for the month, created as a draft when there is none yet. Only the facility's own
     * users open reports, for a month that has begun and not before the year 2000.
     */
    public long open(AccessScope scope, long facilityId, YearMonth month) {
        ReportingUnit unit = units.find(facilityId).orElseThrow(() -> new NotFoundException("facility " + facilityId));
        if (!mayFileFor(scope, unit)) {
            throw new AccessDeniedException("May not file reports for facility " + facilityId);
        }
        if (month.isAfter(YearMonth.now(clock)) || month.getYear() < 2000) {
            throw new BusinessRuleException("period", "report.period.outOfRange");
        }
        LocalDate period = month.atDay(1);
        return reports.findByFacilityIdAndPeriod(facilityId, period).map(Report::getId).orElseGet(() -> {
            if (!unit.active()) {
                throw new BusinessRuleException("period", "report.facility.inactive");
            }
            Report report = new Report();
            report.setFacilityId(facilityId);
            report.setNetworkPuskesmasId(units.networkFor(unit, period));
            report.setPeriod(period);
            report.setCreatedAt(clock.instant());
            report.setCreatedBy(actor());
            report.setUpdatedAt(clock.instant());
            reports.saveAndFlush(report);
            audit.record(AUDIT_TYPE, report.getId(), AuditAction.CREATE, Changes.of()
                    .field("report.period", null, YearMonth.from(period)).list());
            return report.getId();
        });
    }

    @Transactional(readOnly = true)
    public ReportView view(AccessScope scope, long id) {
        Report report = visible(scope, id);
        return view(scope, report);
    }

    /** The report's audit trail, newest first. */
    @Transactional(readOnly = true)
    public List<id.puskesnet.audit.AuditEntry> history(AccessScope scope, long id) {
        visible(scope, id);
        return audit.history(AUDIT_TYPE, id);
    }

    /** The elements the report's facility fills in, in catalogue order. */
    @Transactional(readOnly = true)
    public List<DataElementOption> elementsOf(ReportView report) {
        return catalog.reportedBy(report.facility().type());
    }

    /** The facility's counts of the month before the report's month (element id → count), if it reported. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> previousMonth(ReportView report) {
        return reports.findByFacilityIdAndPeriod(report.facility().id(), report.period().minusMonths(1))
                .map(r -> Map.copyOf(r.getAmounts())).orElse(Map.of());
    }

    /**
     * Saves what the user typed (element code → text) as a draft, or submits it. Nothing is written when there
     * is an error. A submit of a report that was submitted already changes nothing.
     */
    public SaveOutcome save(AccessScope scope, long id, int version, Map<String, String> typed, boolean submit) {
        Report report = visible(scope, id);
        ReportingUnit unit = unit(report);
        if (!mayFileFor(scope, unit)) {
            throw new AccessDeniedException("May not edit report " + id);
        }
        if (submit && report.getStatus().received() && report.getVersion() != version) {
            return new SaveOutcome(List.of(), List.of(), false, true);
        }
        if (!report.getStatus().editable()) {
            throw new ObjectOptimisticLockingFailureException(Report.class, id);
        }
        checkVersion(report, version);
        DataElementCatalog.EntryRules entryRules = catalog.entryRules(unit.type());
        List<DataElementOption> elements = entryRules.elements();
        EntryCheck check = validator.check(elements, typed, entryRules.rules(),
                history.before(report.getFacilityId(), report.getPeriod()), submit);
        if (!check.valid()) {
            return new SaveOutcome(check.errors(), check.warnings(), false, false);
        }
        Changes changes = Changes.of();
        for (DataElementOption element : elements) {
            Integer amount = check.amounts().get(element.id());
            changes.field(element.name(), report.getAmounts().get(element.id()), amount);
            if (amount == null) {
                report.getAmounts().remove(element.id());
            } else {
                report.getAmounts().put(element.id(), amount);
            }
        }
        report.setUpdatedAt(clock.instant());
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
        boolean firstSubmission = submit && report.getFirstSubmittedAt() == null;
        if (submit) {
            changeStatus(report, unit, ReportStatus.SUBMITTED);
            Instant now = clock.instant();
            if (firstSubmission) {
                report.setFirstSubmittedAt(now);
            }
            report.setSubmittedAt(now);
            report.setSubmittedBy(actor());
            audit.record(AUDIT_TYPE, id, AuditAction.SUBMIT, List.of());
        }
        reports.flush();
        if (firstSubmission) {
            completeness.refresh(report.getNetworkPuskesmasId(), report.getPeriod());
        }
        return new SaveOutcome(List.of(), check.warnings(), submit, false);
    }

    /** The puskesmas confirms a partner's submitted report. Returns false when it was verified already. */
    public boolean verify(AccessScope scope, long id, int version) {
        Report report = visible(scope, id);
        ReportingUnit unit = unit(report);
        if (!mayVerify(scope, report)) {
            throw new AccessDeniedException("May not verify report " + id);
        }
        if (report.getStatus() == ReportStatus.VERIFIED || report.getStatus() == ReportStatus.ACCEPTED) {
            return false;
        }
        requireStatus(report, version, ReportStatus.SUBMITTED);
        changeStatus(report, unit, ReportStatus.VERIFIED);
        report.setVerifiedAt(clock.instant());
        report.setVerifiedBy(actor());
        audit.record(AUDIT_TYPE, id, AuditAction.VERIFY, List.of());
        reports.flush();
        return true;
    }

    /** The DKK accepts a verified partner report or a submitted puskesmas report. False when accepted already. */
    public boolean accept(AccessScope scope, long id, int version) {
        Report report = visible(scope, id);
        ReportingUnit unit = unit(report);
        if (!scope.cityWide()) {
            throw new AccessDeniedException("May not accept report " + id);
        }
        if (report.getStatus() == ReportStatus.ACCEPTED) {
            return false;
        }
        requireStatus(report, version, awaitingAcceptance(report));
        changeStatus(report, unit, ReportStatus.ACCEPTED);
        report.setAcceptedAt(clock.instant());
        report.setAcceptedBy(actor());
        audit.record(AUDIT_TYPE, id, AuditAction.ACCEPT, List.of());
        reports.flush();
        return true;
    }

    /** Sends the report back to its facility with a reason: the puskesmas for partner reports, or the DKK. */
    public void returnReport(AccessScope scope, long id, int version, String reason) {
        Report report = visible(scope, id);
        ReportingUnit unit = unit(report);
        boolean byPuskesmas = mayVerify(scope, report) && report.getStatus() == ReportStatus.SUBMITTED;
        boolean byDkk = scope.cityWide() && report.getStatus() == awaitingAcceptance(report);
        if (!mayVerify(scope, report) && !scope.cityWide()) {
            throw new AccessDeniedException("May not return report " + id);
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("reason", "report.return.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new BusinessRuleException("reason", "report.return.reasonTooLong");
        }
        checkVersion(report, version);
        if (!byPuskesmas && !byDkk) {
            throw new ObjectOptimisticLockingFailureException(Report.class, id);
        }
        changeStatus(report, unit, ReportStatus.RETURNED);
        report.setReturnedAt(clock.instant());
        report.setReturnedBy(actor());
        report.setReturnReason(text);
        audit.record(AUDIT_TYPE, id, AuditAction.RETURN, Changes.of().field("report.returnReason", null, text).list());
        reports.flush();
    }

    private ReportStatus awaitingAcceptance(Report report) {
        return report.getFacilityId() == report.getNetworkPuskesmasId() ? ReportStatus.SUBMITTED : ReportStatus.VERIFIED;
    }

    private void changeStatus(Report report, ReportingUnit unit, ReportStatus next) {
        boolean own = report.getFacilityId() == report.getNetworkPuskesmasId();
        Contribution from = ReportRollups.contribution(report.getStatus(), own);
        Contribution to = ReportRollups.contribution(next, own);
        rollups.move(report.getNetworkPuskesmasId(), report.getPeriod(), report.getAmounts(), from, to);
        report.setStatus(next);
        report.setUpdatedAt(clock.instant());
    }

    private void requireStatus(Report report, int version, ReportStatus expected) {
        checkVersion(report, version);
        if (report.getStatus() != expected) {
            throw new ObjectOptimisticLockingFailureException(Report.class, report.getId());
        }
    }

    private static void checkVersion(Report report, int version) {
        if (report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Report.class, report.getId());
        }
    }

    /** A report the user may see; anything else is "not found", so ids of other facilities reveal nothing. */
    private Report visible(AccessScope scope, long id) {
        Report report = reports.findById(id).orElseThrow(() -> new NotFoundException("report " + id));
        boolean ownPuskesmas = report.getFacilityId() == report.getNetworkPuskesmasId();
        if (!scope.canView(report.getFacilityId(), ownPuskesmas ? null : report.getNetworkPuskesmasId())) {
            throw new NotFoundException("report " + id);
        }
        return report;
    }

    private ReportingUnit unit(Report report) {
        return units.find(report.getFacilityId()).orElseThrow(() -> new NotFoundException("facility"));
    }

    static boolean mayFileFor(AccessScope scope, ReportingUnit unit) {
        if (scope.facilityId() == null || scope.facilityId() != unit.id()) {
            return false;
        }
        return unit.puskesmas() ? scope.role().isPuskesmasRole() : scope.role() == Role.PARTNER;
    }

    private static boolean mayVerify(AccessScope scope, Report report) {
        return scope.puskesmasId() != null && scope.puskesmasId() == report.getNetworkPuskesmasId()
                && report.getFacilityId() != report.getNetworkPuskesmasId();
    }

    private ReportView view(AccessScope scope, Report report) {
        ReportingUnit unit = unit(report);
        boolean own = report.getFacilityId() == report.getNetworkPuskesmasId();
        LocalDate due = deadlines.submissionDue(report.getPeriod(), own);
        boolean onTime = report.getFirstSubmittedAt() != null
                && report.getFirstSubmittedAt().isBefore(deadlines.endOf(due));
        ReportStatus status = report.getStatus();
        ReportView.Permissions may = new ReportView.Permissions(
                mayFileFor(scope, unit) && status.editable(),
                mayVerify(scope, report) && status == ReportStatus.SUBMITTED,
                scope.cityWide() && status == awaitingAcceptance(report),
                (mayVerify(scope, report) && status == ReportStatus.SUBMITTED)
                        || (scope.cityWide() && status == awaitingAcceptance(report)));
        return new ReportView(report.getId(), unit, report.getNetworkPuskesmasId(),
                units.name(report.getNetworkPuskesmasId()), report.getPeriod(), status, Map.copyOf(report.getAmounts()),
                report.getCreatedAt(), report.getCreatedBy(), report.getFirstSubmittedAt(), report.getSubmittedAt(),
                report.getSubmittedBy(), report.getVerifiedAt(), report.getVerifiedBy(), report.getAcceptedAt(),
                report.getAcceptedBy(), report.getReturnedAt(), report.getReturnedBy(), report.getReturnReason(),
                due, onTime, report.getVersion(), may);
    }

    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        return authentication.getPrincipal() instanceof CurrentUser user ? user.getUsername() : authentication.getName();
    }
}
