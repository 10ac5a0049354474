package id.puskesnet.indicator;

import java.util.Map;

/** A kecamatan's figures (all its puskesmas networks together), by indicator id. */
public record AreaFigures(long id, String name, int puskesmasCount, Map<Long, Figure> figures) {

    public AreaFigures {
        figures = Map.copyOf(figures);
    }
}
