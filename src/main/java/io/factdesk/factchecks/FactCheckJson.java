package io.factdesk.factchecks;

/** The JSON shape of a fact-check (README, "A library of published fact-checks"); absent values are null. */
record FactCheckJson(long id, String claimReviewed, Double ratingValue, Double bestRating, Double worstRating,
                     String ratingName, Double normalisedRating, String reviewUrl, String publisherName,
                     String publisherUrl, String datePublished, String claimAuthor, String appearanceUrl,
                     String language, String sourceFile, String importedAt) {

    static FactCheckJson of(FactCheck f) {
        return new FactCheckJson(f.id(), f.claimReviewed(), f.ratingValue(), f.bestRating(), f.worstRating(),
                f.ratingName(), f.normalisedRating(), f.reviewUrl(), f.publisherName(), f.publisherUrl(),
                f.datePublished(), f.claimAuthor(), f.appearanceUrl(), f.language(), f.sourceFile(),
                f.importedAt().toString());
    }
}
