package id.puskesnet.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username (whether or not the user exists, so the lock reveals nothing)
 * and locks that username for a while after too many failures in a row. Kept in memory: a restart
 * clears it, and each application node counts on its own.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED_USERNAMES = 10_000;

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(Clock clock,
                  @Value("${puskesnet.login.max-failures:5}") int maxFailures,
                  @Value("${puskesnet.login.lock-duration:15m}") Duration lockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    public boolean isLocked(String username) {
        Attempts current = attempts.get(key(username));
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    public void failed(String username) {
        if (attempts.size() >= MAX_TRACKED_USERNAMES) {
            forgetUnlocked();
        }
        Instant now = clock.instant();
        attempts.compute(key(username), (name, current) -> {
            int failures = current == null || current.lockExpired(now) ? 1 : current.failures() + 1;
            return failures >= maxFailures
                    ? new Attempts(0, now.plus(lockDuration))
                    : new Attempts(failures, null);
        });
    }

    public void succeeded(String username) {
        attempts.remove(key(username));
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    private void forgetUnlocked() {
        Instant now = clock.instant();
        attempts.entrySet().removeIf(e -> e.getValue().lockedUntil() == null || e.getValue().lockExpired(now));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    private record Attempts(int failures, Instant lockedUntil) {

        boolean lockExpired(Instant now) {
            return lockedUntil != null && !now.isBefore(lockedUntil);
        }
    }
}
