package io.factdesk.factchecks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One ClaimReview read from a file and found valid, before it is stored. The reader checks every field and
 * reports what is wrong with its JSON path; this only refuses what the reader should never let through.
 */
record NewFactCheck(String claimReviewed, Double ratingValue, Double bestRating, Double worstRating, String ratingName,
                    Double normalisedRating, String reviewUrl, String publisherName, String publisherUrl,
                    LocalDate datePublished, String claimAuthor, String appearanceUrl, String language) {

    NewFactCheck {
        if (claimReviewed == null || claimReviewed.isBlank()) {
            throw new IllegalArgumentException("a fact-check names the claim it reviewed");
        }
        Objects.requireNonNull(reviewUrl, "reviewUrl");
        if (publisherName == null || publisherName.isBlank()) {
            throw new IllegalArgumentException("a fact-check names its publisher");
        }
        if (normalisedRating != null && !(normalisedRating >= 0 && normalisedRating <= 1)) {
            throw new IllegalArgumentException("a normalised rating is between 0 and 1, not " + normalisedRating);
        }
        if (normalisedRating != null && ratingValue == null) {
            throw new IllegalArgumentException("a normalised rating comes from a rating value");
        }
    }
}
