package id.puskesnet.reporting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.puskesnet.reporting.domain.DataElement;
import id.puskesnet.reporting.domain.DataElementRepository;
import id.puskesnet.reporting.domain.ValidationRule;
import id.puskesnet.reporting.domain.ValidationRuleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the data element catalogue and its cross-field rules. */
@Service
@Transactional(readOnly = true)
public class DataElementCatalog {

    private final DataElementRepository elements;
    private final ValidationRuleRepository rules;

    DataElementCatalog(DataElementRepository elements, ValidationRuleRepository rules) {
        this.elements = elements;
        this.rules = rules;
    }

    /** Every element, active or not, in catalogue order. */
    public List<DataElementOption> all() {
        return elements.findAllByOrderBySortOrderAscCodeAsc().stream().map(DataElementCatalog::option).toList();
    }

    /** The active elements a facility of the given type reports. */
    public List<DataElementOption> reportedBy(String facilityType) {
        return all().stream().filter(e -> e.active() && e.reportedBy(facilityType)).toList();
    }

    public Map<Long, DataElementOption> byId() {
        return all().stream().collect(Collectors.toMap(DataElementOption::id, Function.identity()));
    }

    /** The active cross-field rules: the sum of the left elements must not exceed the right one. */
    public List<CrossFieldRule> rules() {
        return rules.findByActiveTrue().stream()
                .sorted(java.util.Comparator.comparing(ValidationRule::getCode))
                .map(r -> new CrossFieldRule(r.getCode(), r.getLeftElementIds().stream().sorted().toList(), r.getRightElementId()))
                .toList();
    }

    static DataElementOption option(DataElement e) {
        return new DataElementOption(e.getId(), e.getCode(), e.getName(), e.getNameEn(), e.getProgramId(), e.getUnit(),
                e.getMaxValue(), e.getSortOrder(), e.isActive(), Set.copyOf(e.getReporterTypes()));
    }

    /** The sum of the left elements must not exceed the right element. */
    public record CrossFieldRule(String code, List<Long> leftElementIds, long rightElementId) {
    }
}
