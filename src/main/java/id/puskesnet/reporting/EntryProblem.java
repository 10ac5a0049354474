package id.puskesnet.reporting;

import java.util.List;

/**
 * A message about one field of a report entry: an error that blocks saving, or a warning to double-check.
 *
 * @param elementCode the data element's code (the form field), or null for the whole report
 * @param messageKey  i18n key; {@code {0}}, {@code {1}}... are filled with the arguments
 */
public record EntryProblem(String elementCode, String messageKey, List<Object> arguments) {

    public EntryProblem {
        arguments = List.copyOf(arguments);
    }

    static EntryProblem of(String elementCode, String messageKey, Object... arguments) {
        return new EntryProblem(elementCode, messageKey, List.of(arguments));
    }
}
