package id.puskesnet.indicator;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A CSV file of annual targets, read and checked but not applied yet. It is applied whole or not at all: only
 * when it has no errors, and only if nobody changed the year's targets since it was read.
 *
 * @param version the year's sheet version when the file was read
 * @param cells   what the file sets: {puskesmas id, target kind id} → amount
 */
public record TargetImport(int year, int version, int rowsRead, List<Change> changes, List<Problem> problems,
                           Map<List<Long>, Long> cells) implements Serializable {

    public TargetImport {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        cells = Map.copyOf(cells);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** A target the file changes. */
    public record Change(int line, String puskesmasCode, String puskesmasName, String kindCode, Long oldAmount,
                         long newAmount) implements Serializable {
    }

    /**
     * Something wrong in the file; line 1 is the header.
     *
     * @param messageKey i18n key, {@code {0}}... filled with the arguments
     */
    public record Problem(int line, String messageKey, List<Object> arguments) implements Serializable {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
