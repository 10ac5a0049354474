package id.puskesnet.facility;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What importing a partner CSV file would do: every row with its action and changes, or the reasons it is refused.
 * The file is imported only when nothing at all is wrong with it.
 *
 * @param fileProblem          message key of what makes the whole file unreadable, or null
 * @param fileProblemArguments that message's arguments
 * @param lines                the file's rows in file order; empty when the file is unreadable
 */
public record PartnerImportCheck(String fileProblem, List<String> fileProblemArguments, List<Line> lines)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PartnerImportCheck {
        fileProblemArguments = List.copyOf(fileProblemArguments);
        lines = List.copyOf(lines);
    }

    static PartnerImportCheck unreadable(String problem, List<String> arguments) {
        return new PartnerImportCheck(problem, arguments, List.of());
    }

    /** Whether the file may be imported: readable, and no row has a problem. */
    public boolean valid() {
        return fileProblem == null && lines.stream().allMatch(Line::good);
    }

    public List<Line> badLines() {
        return lines.stream().filter(line -> !line.good()).toList();
    }

    public List<Line> goodLines() {
        return lines.stream().filter(Line::good).toList();
    }

    public long creates() {
        return count(PartnerImportAction.CREATE);
    }

    public long updates() {
        return count(PartnerImportAction.UPDATE);
    }

    public long unchanged() {
        return count(PartnerImportAction.UNCHANGED);
    }

    public long skipped() {
        return count(PartnerImportAction.SKIP);
    }

    /** Rows that would change the registry. */
    public long writes() {
        return creates() + updates();
    }

    private long count(PartnerImportAction action) {
        return goodLines().stream().filter(line -> line.action() == action).count();
    }

    /**
     * One row of the file.
     *
     * @param line     the line of the file where the row starts (the header is line 1)
     * @param code     the facility code as written, for finding the row again
     * @param action   what would happen; null for a row with problems
     * @param changes  for an update: each field that changes, from what to what
     * @param problems everything wrong with the row
     * @param version  for an update: the version of the partner the check saw, so a later change is noticed
     */
    public record Line(int line, String code, String name, PartnerImportAction action, List<Change> changes,
                       List<Problem> problems, int version) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public Line {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }

        public boolean good() {
            return problems.isEmpty();
        }
    }

    /** A field that changes: its label's message key, the stored value and the file's value (null for empty). */
    public record Change(String field, String before, String after) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * Something wrong with a row.
     *
     * @param column     the header of the column concerned, or null for the row as a whole
     * @param messageKey the reason
     * @param arguments  the reason's arguments
     */
    public record Problem(String column, String messageKey, List<String> arguments) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
