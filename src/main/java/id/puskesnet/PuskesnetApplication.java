package id.puskesnet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PuskesnetApplication {

    public static void main(String[] args) {
        SpringApplication.run(PuskesnetApplication.class, args);
    }
}
