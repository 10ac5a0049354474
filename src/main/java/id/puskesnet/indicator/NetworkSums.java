package id.puskesnet.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Year-to-date and month sums of a few elements for many networks, read from the year-to-date summary: four amounts
 * per element and network in one array each (accepted and verified, January to the month and the month alone, the
 * latter as the month's row less the previous month's), so an export of every network holds all of them at once;
 * {@link Sums} pairs are made for the networks asked for.
 */
final class NetworkSums {

    private final List<Long> elementIds;
    private final Map<Long, Integer> elementIndex = new HashMap<>();
    private final Map<Long, long[]> byNetwork = new HashMap<>();

    NetworkSums(List<Long> elementIds) {
        this.elementIds = List.copyOf(elementIds);
        for (int i = 0; i < elementIds.size(); i++) {
            elementIndex.put(elementIds.get(i), i);
        }
    }

    /**
     * Adds a year-to-date row: the selected month's (counts for both sums) or the previous month's (taken off the
     * month alone).
     */
    void add(long networkId, boolean selectedMonth, long elementId, long accepted, long verified) {
        Integer index = elementIndex.get(elementId);
        if (index == null) {
            return;
        }
        long[] cells = byNetwork.computeIfAbsent(networkId, n -> new long[elementIds.size() * 4]);
        int at = index * 4;
        if (selectedMonth) {
            cells[at] += accepted;
            cells[at + 1] += verified;
            cells[at + 2] += accepted;
            cells[at + 3] += verified;
        } else {
            cells[at + 2] -= accepted;
            cells[at + 3] -= verified;
        }
    }

    /** The networks' sums (January to the month, the month) by network id; networks without rows are left out. */
    Map<Long, Sums[]> of(Collection<Long> networkIds) {
        Map<Long, Sums[]> sums = new HashMap<>();
        for (Long network : networkIds) {
            Sums[] cell = of(network);
            if (cell != null) {
                sums.put(network, cell);
            }
        }
        return sums;
    }

    /** The network's sums (January to the month, the month), or null when it has no rows. */
    Sums[] of(long networkId) {
        long[] cells = byNetwork.get(networkId);
        if (cells == null) {
            return null;
        }
        Sums[] sums = {new Sums(), new Sums()};
        for (int i = 0; i < elementIds.size(); i++) {
            sums[0].add(elementIds.get(i), cells[i * 4], cells[i * 4 + 1]);
            sums[1].add(elementIds.get(i), cells[i * 4 + 2], cells[i * 4 + 3]);
        }
        return sums;
    }
}
