package io.factdesk.support;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SupportConfig {

    /** Named so that the application context uses it instead of building its own. */
    @Bean(name = "messageSource")
    MessageSource messageSource() {
        return new NoMessageSource();
    }

    @Bean
    Clock clock() {
        return Clock.system();
    }
}
