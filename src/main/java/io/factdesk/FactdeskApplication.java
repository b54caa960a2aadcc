package io.factdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FactdeskApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication app = new SpringApplication(FactdeskApplication.class);
        // Command options such as --evidence=URL belong to factdesk, not to Spring's environment.
        app.setAddCommandLineProperties(false);
        System.exit(SpringApplication.exit(app.run(args)));
    }
}
