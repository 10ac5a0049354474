package id.puskesnet.common;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Results (a rendered page part, an export) kept per key for as long as the data they come from is unchanged:
 * an entry counts only under the generation it was computed under ({@link FigureSources}) and for at most its
 * maximum age. A key asked for by several requests at once is computed once; the others wait for that result.
 * At most {@code maxEntries} are kept (the oldest go first).
 */
public final class GenerationCache<K, V> {

    private final int maxEntries;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public GenerationCache(int maxEntries, Duration maxAge) {
        this(maxEntries, maxAge, System::nanoTime);
    }

    GenerationCache(int maxEntries, Duration maxAge, LongSupplier nanoTime) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The value of the key under the generation: the kept one, the one another request is computing, or one
     * computed now (a failure is not kept: the next request computes again).
     */
    public V get(K key, long generation, Supplier<V> compute) {
        while (true) {
            Entry<V> kept = entries.get(key);
            if (kept != null && kept.generation() == generation && !tooOld(kept)) {
                try {
                    return kept.value().join();
                } catch (CompletionException failedElsewhere) {
                    entries.remove(key, kept);
                    continue;
                }
            }
            Entry<V> mine = new Entry<>(generation, nanoTime.getAsLong(), new CompletableFuture<>());
            boolean claimed = kept == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, kept, mine);
            if (!claimed) {
                continue;
            }
            V value;
            try {
                value = compute.get();
            } catch (RuntimeException | Error e) {
                entries.remove(key, mine);
                mine.value().completeExceptionally(e);
                throw e;
            }
            mine.value().complete(value);
            evictBeyondLimit();
            return value;
        }
    }

    /** How many entries are kept (computed or being computed). */
    public int size() {
        return entries.size();
    }

    private boolean tooOld(Entry<V> entry) {
        return nanoTime.getAsLong() - entry.createdAt() > maxAgeNanos;
    }

    private void evictBeyondLimit() {
        while (entries.size() > maxEntries) {
            entries.entrySet().stream()
                    .min(Comparator.comparingLong(e -> e.getValue().createdAt()))
                    .ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
        }
    }

    private record Entry<V>(long generation, long createdAt, CompletableFuture<V> value) {
    }
}
