package io.factdesk.reporting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.team.PolicyService;
import io.factdesk.team.Publishing;

/** The publishing settings in force: the environment's where set, else the team's in the database. */
@Component
public class PublishingSettings {

    private final ReportSettings environment;
    private final PolicyService policy;

    public PublishingSettings(ReportSettings environment, PolicyService policy) {
        this.environment = environment;
        this.policy = policy;
    }

    public Publishing effective() {
        try {
            // checked on their own first, so that a bad value is blamed on the environment, not on 'policy set'
            new Publishing(environment.publisherName(), environment.publisherUrl(), environment.reviewBaseUrl(),
                    environment.title(), environment.timeZone());
        } catch (FactdeskException e) {
            throw FactdeskException.badInput("FACTDESK_REPORT_* in the environment: " + e.getMessage());
        }
        Publishing stored = policy.current().publishing();
        return new Publishing(or(environment.publisherName(), stored.publisherName()),
                or(environment.publisherUrl(), stored.publisherUrl()),
                or(environment.reviewBaseUrl(), stored.reviewBaseUrl()),
                or(environment.title(), stored.reportTitle()),
                or(environment.timeZone(), stored.timeZone()));
    }

    /** Refuses (exit 2) a ClaimReview export without a publisher, naming each setting that is missing. */
    static void requirePublisher(Publishing p) {
        List<String> missing = new ArrayList<>();
        if (p.publisherName() == null) {
            missing.add("publisher-name (FACTDESK_REPORT_PUBLISHER_NAME)");
        }
        if (p.publisherUrl() == null) {
            missing.add("publisher-url (FACTDESK_REPORT_PUBLISHER_URL)");
        }
        if (p.reviewBaseUrl() == null) {
            missing.add("review-base-url (FACTDESK_REPORT_REVIEW_BASE_URL)");
        }
        if (!missing.isEmpty()) {
            throw FactdeskException.badInput("a ClaimReview export names its publisher; not set: " + String.join(", ", missing)
                    + "; set them with 'policy set SETTING VALUE' or in the environment");
        }
    }

    private static String or(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }
}
