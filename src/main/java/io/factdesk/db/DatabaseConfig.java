package io.factdesk.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.factdesk.support.FactdeskSettings;

@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    Database database(FactdeskSettings settings) {
        return Database.open(DatabaseLocation.parse(settings.db()));
    }
}
