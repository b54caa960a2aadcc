package io.factdesk.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The publishing settings given in the environment (FACTDESK_REPORT_PUBLISHER_NAME,
 * FACTDESK_REPORT_PUBLISHER_URL, FACTDESK_REPORT_REVIEW_BASE_URL, FACTDESK_REPORT_TITLE,
 * FACTDESK_REPORT_TIME_ZONE): each, where set, overrides the team's value in the database
 * ('policy set publisher-name …'); null where not set. There are no defaults: a ClaimReview export
 * never goes out under a placeholder publisher.
 */
@ConfigurationProperties(prefix = "factdesk.report")
public record ReportSettings(String publisherName, String publisherUrl, String reviewBaseUrl, String title,
                             String timeZone) {

    public static final ReportSettings NONE = new ReportSettings(null, null, null, null, null);
}
