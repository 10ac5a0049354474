package id.puskesnet.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Year-to-date and month sums of a few elements for many networks, four amounts per element and network in one
 * array each (accepted and verified, January to the month and the month alone), instead of a {@link Sums} pair per
 * network: an export of every network holds all of them at once.
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

    /** The network's sums as {@link RollupReader#sumsByNetwork} gives them (January to the month, the month), or null. */
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
