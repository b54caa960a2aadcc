package io.factdesk.support;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.factdesk.claims.CheckWorthinessScorer;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.SentenceSegmenter;

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

    @Bean
    ClaimExtractor claimExtractor(FactdeskSettings settings) {
        return new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), settings.threshold());
    }
}
