package id.puskesnet.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Checks a report entry: whole non-negative numbers within each element's maximum; on submission every field
 * filled and every cross-field rule kept (on a draft a broken rule is only a warning); and a warning when a
 * value is far from the facility's recent history.
 */
@Component
class EntryValidator {

    /** Digits of the largest maximum an element may have (100,000,000). */
    private static final int MAX_DIGITS = 9;
    /** Months of history needed before a value is judged an outlier. */
    static final int MIN_HISTORY = 3;

    EntryCheck check(List<DataElementOption> elements, Map<String, String> typed, List<DataElementCatalog.CrossFieldRule> rules,
                     Map<Long, List<Integer>> history, boolean submitting) {
        EntryCheck check = EntryCheck.empty();
        for (DataElementOption element : elements) {
            String raw = typed.get(element.code());
            String text = raw == null ? "" : raw.strip().replace(" ", "");
            if (text.isEmpty()) {
                if (submitting) {
                    check.errors().add(EntryProblem.of(element.code(), "report.value.required"));
                }
                continue;
            }
            if (text.startsWith("-") && text.length() > 1 && text.substring(1).chars().allMatch(Character::isDigit)) {
                check.errors().add(EntryProblem.of(element.code(), "report.value.negative"));
                continue;
            }
            if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                check.errors().add(EntryProblem.of(element.code(), "report.value.notWhole"));
                continue;
            }
            String digits = text.replaceFirst("^0+(?=.)", "");
            if (digits.length() > MAX_DIGITS || Integer.parseInt(digits) > element.maxValue()) {
                check.errors().add(EntryProblem.of(element.code(), "report.value.tooLarge", element.maxValue()));
                continue;
            }
            int amount = Integer.parseInt(digits);
            check.amounts().put(element.id(), amount);
            outlier(element, amount, history.getOrDefault(element.id(), List.of()))
                    .ifPresent(check.warnings()::add);
        }
        Map<Long, DataElementOption> byId = elements.stream()
                .collect(Collectors.toMap(DataElementOption::id, Function.identity()));
        for (DataElementCatalog.CrossFieldRule rule : rules) {
            crossField(rule, byId, check, submitting);
        }
        return check;
    }

    private static void crossField(DataElementCatalog.CrossFieldRule rule, Map<Long, DataElementOption> byId,
                                   EntryCheck check, boolean submitting) {
        DataElementOption right = byId.get(rule.rightElementId());
        List<DataElementOption> left = rule.leftElementIds().stream().map(byId::get).toList();
        if (right == null || left.stream().anyMatch(java.util.Objects::isNull)) {
            return; // this facility type does not report every element of the rule
        }
        Integer rightAmount = check.amounts().get(right.id());
        if (rightAmount == null || left.stream().anyMatch(e -> !check.amounts().containsKey(e.id()))) {
            return;
        }
        int leftSum = left.stream().mapToInt(e -> check.amounts().get(e.id())).sum();
        if (leftSum > rightAmount) {
            String leftCodes = left.stream().map(DataElementOption::code).collect(Collectors.joining(" + "));
            EntryProblem problem = EntryProblem.of(left.get(0).code(),
                    left.size() == 1 ? "report.rule.notMoreThan" : "report.rule.sumNotMoreThan",
                    leftCodes, right.code(), leftSum, rightAmount);
            (submitting ? check.errors() : check.warnings()).add(problem);
        }
    }

    private static java.util.Optional<EntryProblem> outlier(DataElementOption element, int amount, List<Integer> history) {
        if (history.size() < MIN_HISTORY) {
            return java.util.Optional.empty();
        }
        double mean = history.stream().mapToInt(Integer::intValue).average().orElse(0);
        boolean farAbove = amount > 3 * mean + 10;
        boolean farBelow = mean >= 10 && amount < mean / 4;
        if (farAbove || farBelow) {
            return java.util.Optional.of(EntryProblem.of(element.code(), "report.warning.outlier", amount,
                    Math.round(mean), history.size(), element.code()));
        }
        return java.util.Optional.empty();
    }
}
