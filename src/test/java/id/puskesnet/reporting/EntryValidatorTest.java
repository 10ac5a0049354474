package id.puskesnet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The entry rules: whole numbers within limits, complete on submit, cross-field rules, outlier warnings. */
class EntryValidatorTest {

    static final DataElementOption FOUND = element(1, "TB_TERDUGA", 5000);
    static final DataElementOption EXAMINED = element(2, "TB_TERDUGA_PERIKSA", 5000);
    static final DataElementOption STARTED = element(3, "TB_MULAI_OBAT", 2000);
    static final DataElementOption CURED = element(4, "TB_SEMBUH", 2000);
    static final DataElementOption COMPLETED = element(5, "TB_LENGKAP", 2000);
    static final List<DataElementOption> ELEMENTS = List.of(FOUND, EXAMINED, STARTED, CURED, COMPLETED);
    static final List<DataElementCatalog.CrossFieldRule> RULES = List.of(
            new DataElementCatalog.CrossFieldRule("EXAMINED_LE_FOUND", List.of(2L), 1L),
            new DataElementCatalog.CrossFieldRule("OUTCOME_LE_STARTED", List.of(4L, 5L), 3L));

    final EntryValidator validator = new EntryValidator();

    @Test
    void wholeNumbersWithinTheMaximumAreAccepted() {
        EntryCheck check = validator.check(ELEMENTS, typed("10", "8", "4", "2", "2"), RULES, Map.of(), true);

        assertThat(check.errors()).isEmpty();
        assertThat(check.amounts()).containsEntry(1L, 10).containsEntry(2L, 8).containsEntry(5L, 2);
    }

    @Test
    void leadingZerosAndSpacesAreForgivenButNotDecimalsOrLetters() {
        EntryCheck check = validator.check(ELEMENTS, typed(" 007 ", "1.5", "3,0", "x", "1e3"), RULES, Map.of(), false);

        assertThat(check.amounts()).containsEntry(1L, 7).hasSize(1);
        assertThat(check.errors()).extracting(EntryProblem::messageKey)
                .containsExactly("report.value.notWhole", "report.value.notWhole", "report.value.notWhole",
                        "report.value.notWhole");
    }

    @Test
    void negativeAndHugeNumbersAreRefusedWithTheirOwnMessages() {
        EntryCheck check = validator.check(ELEMENTS, typed("-4", "99999999999999999999", "2001", "5000", ""),
                RULES, Map.of(), false);

        assertThat(check.errors()).extracting(EntryProblem::elementCode, EntryProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TB_TERDUGA", "report.value.negative"),
                org.assertj.core.groups.Tuple.tuple("TB_TERDUGA_PERIKSA", "report.value.tooLarge"),
                org.assertj.core.groups.Tuple.tuple("TB_MULAI_OBAT", "report.value.tooLarge"),
                org.assertj.core.groups.Tuple.tuple("TB_SEMBUH", "report.value.tooLarge"));
        assertThat(check.errors().get(2).arguments()).containsExactly(2000);
    }

    @Test
    void aDraftMayBeIncompleteButASubmissionMayNot() {
        Map<String, String> partial = typed("10", "", null, "", "");

        assertThat(validator.check(ELEMENTS, partial, RULES, Map.of(), false).errors()).isEmpty();
        assertThat(validator.check(ELEMENTS, partial, RULES, Map.of(), true).errors())
                .extracting(EntryProblem::elementCode)
                .containsExactly("TB_TERDUGA_PERIKSA", "TB_MULAI_OBAT", "TB_SEMBUH", "TB_LENGKAP");
    }

    @Test
    void crossFieldRulesBlockASubmissionAndOnlyWarnOnADraft() {
        Map<String, String> broken = typed("5", "6", "4", "3", "2");

        EntryCheck submitted = validator.check(ELEMENTS, broken, RULES, Map.of(), true);
        assertThat(submitted.errors()).extracting(EntryProblem::messageKey)
                .containsExactly("report.rule.notMoreThan", "report.rule.sumNotMoreThan");
        assertThat(submitted.errors().get(1).arguments()).containsExactly("TB_SEMBUH + TB_LENGKAP", "TB_MULAI_OBAT", 5, 4);

        EntryCheck draft = validator.check(ELEMENTS, broken, RULES, Map.of(), false);
        assertThat(draft.errors()).isEmpty();
        assertThat(draft.warnings()).hasSize(2);
    }

    @Test
    void equalTotalsKeepTheRules() {
        assertThat(validator.check(ELEMENTS, typed("5", "5", "4", "2", "2"), RULES, Map.of(), true).errors()).isEmpty();
    }

    @Test
    void aValueFarFromTheRecentHistoryIsAWarningNotAnError() {
        Map<Long, List<Integer>> history = Map.of(1L, List.of(20, 22, 18, 21), 2L, List.of(18, 20, 16, 19));

        EntryCheck check = validator.check(ELEMENTS, typed("400", "19", "0", "0", "0"), RULES, history, true);

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.elementCode()).isEqualTo("TB_TERDUGA");
            assertThat(w.messageKey()).isEqualTo("report.warning.outlier");
            assertThat(w.arguments()).containsExactly(400, 20L, 4, "TB_TERDUGA");
        });
    }

    @Test
    void noOutlierWarningWithoutEnoughHistoryOrForUsualValues() {
        Map<Long, List<Integer>> shortHistory = Map.of(1L, List.of(20, 22));
        Map<Long, List<Integer>> history = Map.of(1L, List.of(20, 22, 18));

        assertThat(validator.check(ELEMENTS, typed("400", "", "", "", ""), RULES, shortHistory, false).warnings()).isEmpty();
        assertThat(validator.check(ELEMENTS, typed("35", "", "", "", ""), RULES, history, false).warnings()).isEmpty();
        assertThat(validator.check(ELEMENTS, typed("2", "", "", "", ""), RULES, history, false).warnings()).hasSize(1);
    }

    private static Map<String, String> typed(String... values) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            typed.put(ELEMENTS.get(i).code(), values[i]);
        }
        return typed;
    }

    private static DataElementOption element(long id, String code, int max) {
        return new DataElementOption(id, code, code, code, 1, "orang", max, (int) id, true, Set.of("PUSKESMAS"));
    }
}
