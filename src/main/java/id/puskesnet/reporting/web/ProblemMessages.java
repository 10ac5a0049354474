package id.puskesnet.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.puskesnet.reporting.EntryProblem;
import org.springframework.context.MessageSource;

/** Entry problems as sentences in the user's language, with element codes replaced by their labels. */
final class ProblemMessages {

    private ProblemMessages() {
    }

    static String text(EntryProblem problem, Map<String, String> labels, MessageSource messages, Locale locale) {
        Object[] arguments = problem.arguments().stream()
                .map(a -> a instanceof String code ? labelsOf(code, labels) : a)
                .toArray();
        return messages.getMessage(problem.messageKey(), arguments, locale);
    }

    /** Problems by form field (element code), in order. */
    static Map<String, List<String>> byField(List<EntryProblem> problems, Map<String, String> labels,
                                             MessageSource messages, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (EntryProblem problem : problems) {
            byField.computeIfAbsent(problem.elementCode(), c -> new ArrayList<>())
                    .add(text(problem, labels, messages, locale));
        }
        return byField;
    }

    static List<String> texts(List<EntryProblem> problems, Map<String, String> labels, MessageSource messages,
                              Locale locale) {
        return problems.stream().map(p -> text(p, labels, messages, locale)).toList();
    }

    private static String labelsOf(String codes, Map<String, String> labels) {
        return String.join(" + ", java.util.Arrays.stream(codes.split(" \\+ "))
                .map(code -> labels.getOrDefault(code, code)).toList());
    }
}
