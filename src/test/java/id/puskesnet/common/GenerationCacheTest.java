package id.puskesnet.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A kept result counts only under its generation and for its maximum age; one computation per key at a time. */
class GenerationCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final GenerationCache<String, String> cache = new GenerationCache<>(3, Duration.ofMinutes(5), now::get);

    private String compute(String value) {
        computed.incrementAndGet();
        return value;
    }

    @Test
    void theSameGenerationGetsTheKeptValueAndANewOneComputesAgain() {
        assertThat(cache.get("city", 1, () -> compute("first"))).isEqualTo("first");
        assertThat(cache.get("city", 1, () -> compute("second"))).isEqualTo("first");
        assertThat(computed).hasValue(1);

        assertThat(cache.get("city", 2, () -> compute("after the change"))).isEqualTo("after the change");
        assertThat(cache.get("city", 2, () -> compute("again"))).isEqualTo("after the change");
        assertThat(computed).hasValue(2);
        assertThat(cache.get("kecamatan", 2, () -> compute("other key"))).isEqualTo("other key");
    }

    @Test
    void anEntryOlderThanTheMaximumAgeIsComputedAgain() {
        cache.get("city", 1, () -> compute("old"));
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(cache.get("city", 1, () -> compute("new"))).as("exactly five minutes old still counts").isEqualTo("old");
        now.addAndGet(1);
        assertThat(cache.get("city", 1, () -> compute("new"))).isEqualTo("new");
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> cache.get("city", 1, () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        assertThat(cache.size()).isZero();
        assertThat(cache.get("city", 1, () -> compute("recovered"))).isEqualTo("recovered");
    }

    @Test
    void beyondTheMaximumTheOldestEntriesGo() {
        for (String key : List.of("a", "b", "c", "d")) {
            now.incrementAndGet();
            cache.get(key, 1, () -> compute(key));
        }
        assertThat(cache.size()).isEqualTo(3);
        cache.get("a", 1, () -> compute("a again"));
        assertThat(computed).as("the oldest, a, was dropped").hasValue(5);
        cache.get("d", 1, () -> compute("d again"));
        assertThat(computed).hasValue(5);
    }

    @Test
    void requestsAskingAtOnceWaitForOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(() -> cache.get("city", 1, () -> {
                started.countDown();
                await(release);
                return compute("slow page");
            })));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                results.add(pool.submit(() -> cache.get("city", 1, () -> compute("duplicate"))));
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<String> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("slow page");
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
