package id.puskesnet.indicator;

import java.util.HashMap;
import java.util.Map;

/** Amounts per data element: what accepted reports count, and what verified reports not yet accepted add. */
final class Sums {

    private final Map<Long, long[]> byElement = new HashMap<>();

    void add(long elementId, long accepted, long verified) {
        long[] cell = byElement.computeIfAbsent(elementId, e -> new long[2]);
        cell[0] += accepted;
        cell[1] += verified;
    }

    void addAll(Sums other) {
        other.byElement.forEach((element, cell) -> add(element, cell[0], cell[1]));
    }

    long accepted(Iterable<Long> elementIds) {
        long total = 0;
        for (Long id : elementIds) {
            long[] cell = byElement.get(id);
            total += cell == null ? 0 : cell[0];
        }
        return total;
    }

    /** Accepted plus verified-not-yet-accepted. */
    long provisional(Iterable<Long> elementIds) {
        long total = 0;
        for (Long id : elementIds) {
            long[] cell = byElement.get(id);
            total += cell == null ? 0 : cell[0] + cell[1];
        }
        return total;
    }

    boolean isEmpty() {
        return byElement.isEmpty();
    }
}
