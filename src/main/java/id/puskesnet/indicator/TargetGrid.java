package id.puskesnet.indicator;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * A page of the annual targets of one year: puskesmas × target kinds.
 *
 * @param version the year's sheet version the page was read at ({@link AnnualTargets#NEVER_SAVED} before
 *                anything was saved for the year)
 */
public record TargetGrid(int year, int version, List<TargetKind> kinds, Page<Row> rows) {

    public TargetGrid {
        kinds = List.copyOf(kinds);
    }

    /** One puskesmas and its targets by target kind id (missing: not set). */
    public record Row(NetworkInfo puskesmas, Map<Long, Long> amounts) {

        public Row {
            amounts = Map.copyOf(amounts);
        }
    }

    /** The name of a cell's form field. */
    public static String cell(long puskesmasId, long kindId) {
        return "t_" + puskesmasId + "_" + kindId;
    }
}
