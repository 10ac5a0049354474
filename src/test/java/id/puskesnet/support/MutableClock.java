package id.puskesnet.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a test can move forward. It follows its base clock (the system clock in integration tests, so the
 * application behaves normally) shifted by an offset that {@link #advance} grows and {@link #reset} clears.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(Clock base) {
        this.base = base;
    }

    public static MutableClock startingAt(Instant instant) {
        return new MutableClock(Clock.fixed(instant, ZoneId.of("Asia/Makassar")));
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock clock = new MutableClock(base.withZone(zone));
        clock.offset = offset;
        return clock;
    }
}
