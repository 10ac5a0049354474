package id.puskesnet.reporting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.puskesnet.reporting.domain.DataElement;
import id.puskesnet.reporting.domain.DataElementRepository;
import id.puskesnet.reporting.domain.ValidationRule;
import id.puskesnet.reporting.domain.ValidationRuleRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the data element catalogue and its cross-field rules. Every report page and submission needs them and they
 * rarely change, so they are kept in memory with a stamp of the tables (how many elements and the sum of their
 * versions, how many rules): each read checks the stamp with one small statement and loads the catalogue again when
 * it differs, whichever application instance changed it.
 */
@Service
@Transactional(readOnly = true)
public class DataElementCatalog {

    private final DataElementRepository elements;
    private final ValidationRuleRepository rules;
    private static final Object[] NO_ARGUMENTS = {};

    private final JdbcTemplate jdbc;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    DataElementCatalog(DataElementRepository elements, ValidationRuleRepository rules, JdbcTemplate jdbc) {
        this.elements = elements;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** The catalogue as loaded, with the stamp it was loaded under. */
    private record Snapshot(String stamp, List<DataElementOption> elements, List<CrossFieldRule> rules) {
    }

    private Snapshot snapshot() {
        // With an (empty) argument array JdbcTemplate uses a prepared statement, which the driver keeps prepared on
        // the connection: read on every report save, it is then neither parsed nor planned again.
        String stamp = jdbc.queryForObject("""
                select (select count(*) from data_element) || '/' || (select coalesce(sum(version), 0) from data_element)
                       || '/' || (select count(*) from validation_rule)""", String.class, NO_ARGUMENTS);
        Snapshot current = snapshot.get();
        if (current != null && current.stamp().equals(stamp)) {
            return current;
        }
        Snapshot loaded = new Snapshot(stamp,
                elements.findAllByOrderBySortOrderAscCodeAsc().stream().map(DataElementCatalog::option).toList(),
                rules.findByActiveTrue().stream()
                        .sorted(java.util.Comparator.comparing(ValidationRule::getCode))
                        .map(r -> new CrossFieldRule(r.getCode(), r.getLeftElementIds().stream().sorted().toList(),
                                r.getRightElementId()))
                        .toList());
        snapshot.set(loaded);
        return loaded;
    }

    /** Every element, active or not, in catalogue order. */
    public List<DataElementOption> all() {
        return snapshot().elements();
    }

    /** The active elements a facility of the given type reports. */
    public List<DataElementOption> reportedBy(String facilityType) {
        return all().stream().filter(e -> e.active() && e.reportedBy(facilityType)).toList();
    }

    public Map<Long, DataElementOption> byId() {
        return all().stream().collect(Collectors.toMap(DataElementOption::id, Function.identity()));
    }

    /** What a save checks entries against: the elements the facility type reports and the rules, read together. */
    EntryRules entryRules(String facilityType) {
        Snapshot current = snapshot();
        return new EntryRules(current.elements().stream().filter(e -> e.active() && e.reportedBy(facilityType)).toList(),
                current.rules());
    }

    record EntryRules(List<DataElementOption> elements, List<CrossFieldRule> rules) {
    }

    /** The active cross-field rules: the sum of the left elements must not exceed the right one. */
    public List<CrossFieldRule> rules() {
        return snapshot().rules();
    }

    static DataElementOption option(DataElement e) {
        return new DataElementOption(e.getId(), e.getCode(), e.getName(), e.getNameEn(), e.getProgramId(), e.getUnit(),
                e.getMaxValue(), e.getSortOrder(), e.isActive(), Set.copyOf(e.getReporterTypes()));
    }

    /** The sum of the left elements must not exceed the right element. */
    public record CrossFieldRule(String code, List<Long> leftElementIds, long rightElementId) {
    }
}
