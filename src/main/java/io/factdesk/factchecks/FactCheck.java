package io.factdesk.factchecks;

import java.time.Instant;
import java.util.Objects;

/**
 * A published fact-check in the library, as read back from the database: the public read shape that other
 * features (matching a workbench's claims against published checks) use. {@code normalisedRating} is the
 * rating placed on its own scale, 0 (worst) to 1 (best), or null where the review gives no number;
 * {@code datePublished} is an ISO-8601 date (yyyy-mm-dd) or null. Rating numbers are stored as 32-bit floats
 * on both engines and given here as the decimal the float prints as (0.6666667, not 0.6666666865348816).
 */
public record FactCheck(long id, String claimReviewed, Double normalisedRating, String ratingName, String reviewUrl,
                        String publisherName, String datePublished, Double ratingValue, Double bestRating,
                        Double worstRating, String publisherUrl, String claimAuthor, String appearanceUrl,
                        String language, String sourceFile, Instant importedAt) {

    public FactCheck {
        Objects.requireNonNull(claimReviewed, "claimReviewed");
        Objects.requireNonNull(reviewUrl, "reviewUrl");
        Objects.requireNonNull(publisherName, "publisherName");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(importedAt, "importedAt");
        if (normalisedRating != null && !(normalisedRating >= 0 && normalisedRating <= 1)) {
            throw new IllegalArgumentException("a normalised rating is between 0 and 1, not " + normalisedRating);
        }
    }
}
