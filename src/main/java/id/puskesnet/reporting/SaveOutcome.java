package id.puskesnet.reporting;

import java.util.List;

/**
 * What saving a report entry did.
 *
 * @param errors           what blocked the save (nothing was written)
 * @param warnings         what the user should double-check (the save went through)
 * @param submitted        the report was submitted
 * @param alreadySubmitted the report had been submitted already (a double submit): nothing changed
 */
public record SaveOutcome(List<EntryProblem> errors, List<EntryProblem> warnings, boolean submitted,
                          boolean alreadySubmitted) {

    public boolean saved() {
        return errors.isEmpty() && !alreadySubmitted;
    }
}
