package io.factdesk.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the fact-checks, for the ClaimReview export (FACTDESK_REPORT_PUBLISHER_NAME,
 * FACTDESK_REPORT_PUBLISHER_URL, FACTDESK_REPORT_REVIEW_BASE_URL).
 *
 * @param reviewBaseUrl each claim's review URL is this plus "claim-ID"
 */
@ConfigurationProperties(prefix = "factdesk.report")
public record ReportSettings(
        @DefaultValue("factdesk newsroom") String publisherName,
        @DefaultValue("https://factdesk.example.org/") String publisherUrl,
        @DefaultValue("https://factdesk.example.org/fact-checks/") String reviewBaseUrl) {
}
