package id.puskesnet.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with a {@link MutableClock} that follows the system clock, so a test can
 * jump ahead (e.g. past a login lock). Imported by every integration test base so they all share one context;
 * a test that moves the clock resets it afterwards.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock(ZoneId displayZone) {
        return new MutableClock(Clock.system(displayZone));
    }
}
