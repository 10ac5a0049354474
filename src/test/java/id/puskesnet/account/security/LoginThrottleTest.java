package id.puskesnet.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import id.puskesnet.support.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Duration LOCK = Duration.ofMinutes(15);

    final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-03-02T01:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(clock, 5, LOCK);

    @Test
    void locksAUsernameAtTheFifthFailureInARow() {
        fail("siti", 4);
        assertThat(throttle.isLocked("siti")).isFalse();
        throttle.failed("siti");
        assertThat(throttle.isLocked("siti")).isTrue();
    }

    @Test
    void unlocksWhenTheLockDurationHasPassed() {
        fail("siti", 5);
        clock.advance(LOCK.minusSeconds(1));
        assertThat(throttle.isLocked("siti")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("siti")).isFalse();
    }

    @Test
    void countsAgainFromOneAfterALockExpires() {
        fail("siti", 5);
        clock.advance(LOCK);
        fail("siti", 4);
        assertThat(throttle.isLocked("siti")).isFalse();
        throttle.failed("siti");
        assertThat(throttle.isLocked("siti")).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        fail("siti", 4);
        throttle.succeeded("siti");
        fail("siti", 4);
        assertThat(throttle.isLocked("siti")).isFalse();
    }

    @Test
    void failuresCountForTheUsernameWhateverItsCaseOrSurroundingSpaces() {
        throttle.failed("Siti");
        throttle.failed(" siti ");
        throttle.failed("SITI");
        throttle.failed("siti");
        throttle.failed("sItI");
        assertThat(throttle.isLocked("siti")).isTrue();
        assertThat(throttle.isLocked("  SiTi")).isTrue();
    }

    @Test
    void usernamesAreCountedSeparately() {
        fail("siti", 4);
        fail("budi", 4);
        assertThat(throttle.isLocked("siti")).isFalse();
        assertThat(throttle.isLocked("budi")).isFalse();
        fail("budi", 1);
        assertThat(throttle.isLocked("budi")).isTrue();
        assertThat(throttle.isLocked("siti")).isFalse();
    }

    @Test
    void aFloodOfOtherUsernamesDoesNotUnlockALockedOne() {
        fail("siti", 5);
        for (int i = 0; i < 12_000; i++) {
            throttle.failed("attacker-" + i);
        }
        assertThat(throttle.isLocked("siti")).isTrue();
    }

    @Test
    void aNullUsernameIsCountedWithoutError() {
        fail(null, 5);
        assertThat(throttle.isLocked(null)).isTrue();
        assertThat(throttle.isLocked("")).isTrue();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }
}
