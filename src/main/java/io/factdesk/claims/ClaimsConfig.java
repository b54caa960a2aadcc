package io.factdesk.claims;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.factdesk.support.FactdeskSettings;

@Configuration(proxyBeanMethods = false)
class ClaimsConfig {

    @Bean
    ClaimExtractor claimExtractor(FactdeskSettings settings) {
        return new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), settings.threshold());
    }
}
