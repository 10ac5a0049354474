package id.puskesnet.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of checking what a user typed into a report: the parsed counts, errors and warnings. */
record EntryCheck(Map<Long, Integer> amounts, List<EntryProblem> errors, List<EntryProblem> warnings) {

    static EntryCheck empty() {
        return new EntryCheck(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
