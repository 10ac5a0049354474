package id.puskesnet.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the app runs and, with demo data, the demo accounts. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final boolean demoData;

    StartupBanner(Environment environment, @Value("${puskesnet.demo-data:false}") boolean demoData) {
        this.environment = environment;
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printBanner() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder()
                .append("\n----------------------------------------------------------------\n")
                .append("  Puskesnet is running at http://localhost:").append(port).append('\n');
        if (demoData) {
            banner.append("  Demo data loaded. Demo accounts (password: ").append(DemoDataSeeder.DEMO_PASSWORD)
                    .append("):\n");
            for (DemoAccount account : BalikpapanDemoData.ACCOUNTS) {
                banner.append(String.format("    %-22s %s%n", account.username(), account.role()));
            }
        }
        banner.append("----------------------------------------------------------------");
        log.info(banner.toString());
    }
}
