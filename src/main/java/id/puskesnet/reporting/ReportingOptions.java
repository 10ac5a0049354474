package id.puskesnet.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.reporting.domain.Report;
import id.puskesnet.reporting.domain.ReportRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What report pages offer: facilities to filter by, the user's own facility to file for, fields by program. */
@Service
@Transactional(readOnly = true)
public class ReportingOptions {

    private final ReportingUnits units;
    private final ReportRepository reports;
    private final DataElementCatalog catalog;
    private final ProgramCatalog programs;

    ReportingOptions(ReportingUnits units, ReportRepository reports, DataElementCatalog catalog, ProgramCatalog programs) {
        this.units = units;
        this.reports = reports;
        this.catalog = catalog;
        this.programs = programs;
    }

    /** Beyond this many facilities a filter takes a facility code instead of offering a list. */
    public static final int MAX_CHOICES = 300;

    public List<ReportingUnit> facilitiesVisibleTo(AccessScope scope) {
        return units.visibleTo(scope);
    }

    /** The facilities to offer in the list's filter, or empty when there are too many to list. */
    public Optional<List<ReportingUnit>> facilityChoices(AccessScope scope) {
        return units.visibleMoreThan(scope, MAX_CHOICES) ? Optional.empty() : Optional.of(units.visibleTo(scope));
    }

    /** The puskesmas networks to offer in the list's filter, or empty when there are too many to list. */
    public Optional<List<ReportingUnit>> networkChoices() {
        // Counted first: a country's DKK would otherwise read 301 networks on every visit only to offer none.
        return units.puskesmasMoreThan(MAX_CHOICES) ? Optional.empty() : Optional.of(units.puskesmas(MAX_CHOICES));
    }

    /** The facility with this code, when the user may see its reports. */
    public Optional<ReportingUnit> visibleByCode(AccessScope scope, String code) {
        return units.findByCode(code).filter(unit -> scope.canView(unit.id(), unit.puskesmas() ? null : unit.networkPuskesmasId()));
    }

    /** The user's own facility when the user files its reports (partner users, puskesmas heads and staff). */
    public Optional<ReportingUnit> ownUnitToFile(AccessScope scope) {
        if (scope.facilityId() == null) {
            return Optional.empty();
        }
        return units.find(scope.facilityId()).filter(unit -> ReportService.mayFileFor(scope, unit));
    }

    public Optional<Long> existingReport(long facilityId, YearMonth month) {
        return reports.findByFacilityIdAndPeriod(facilityId, month.atDay(1)).map(Report::getId);
    }

    public boolean editable(long reportId) {
        return reports.findById(reportId).map(r -> r.getStatus().editable()).orElse(false);
    }

    /** The report's fields grouped by program, each with this month's and last month's count. */
    public List<ProgramSection> sections(ReportView report, Map<Long, Integer> previous, Locale locale) {
        Map<Long, List<ReportField>> byProgram = new LinkedHashMap<>();
        List<DataElementOption> elements = catalog.reportedBy(report.facility().type());
        for (DataElementOption element : elements) {
            byProgram.computeIfAbsent(element.programId(), p -> new ArrayList<>()).add(new ReportField(element.code(),
                    element.label(locale), element.unit(), element.maxValue(), report.amounts().get(element.id()),
                    previous.get(element.id())));
        }
        List<ProgramSection> sections = new ArrayList<>();
        for (ProgramOption program : programs.all()) {
            List<ReportField> fields = byProgram.remove(program.id());
            if (fields != null) {
                sections.add(new ProgramSection(program.code(), program.label(locale), fields));
            }
        }
        return sections;
    }

    /** The label of every element by code, for messages that name elements. */
    public Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        catalog.all().forEach(e -> labels.put(e.code(), e.label(locale)));
        return labels;
    }

    /** One program's fields on the report page. */
    public record ProgramSection(String programCode, String programName, List<ReportField> fields) {
    }

    /** One field: the element, this report's count and last month's. */
    public record ReportField(String code, String label, String unit, int maxValue, Integer amount, Integer previous) {
    }
}
