package io.factdesk.reporting;

import io.factdesk.team.Publishing;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.factdesk.support.CodePoints;
import io.factdesk.support.Json;

/**
 * schema.org ClaimReview as JSON-LD: an array with one object per published claim with a 1-5 rating,
 * under the rating in force (the editor's decision on a dispute, the latest correction), with
 * datePublished (the sign-off) and dateModified (the last correction, else the sign-off). Only published
 * claims: nothing a reviewer has not had signed off goes out, whatever the export's filters. Published
 * claims rated unverifiable or not check-worthy have no 1-5 rating; {@link #leftOut} counts them.
 */
public final class ClaimReviewRenderer implements ReportRenderer {

    static final int MAX_CLAIM_REVIEWED = 75;

    private final Publishing settings;
    private int written;
    private int leftOut;

    /** The publisher must be complete ({@link PublishingSettings#requirePublisher}); no placeholder stands in. */
    public ClaimReviewRenderer(Publishing settings) {
        PublishingSettings.requirePublisher(settings);
        this.settings = settings;
    }

    /** How many reviews the last render wrote. */
    public int written() {
        return written;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        // Written object by object, so a large export never holds the whole array.
        out.print("[");
        boolean first = true;
        written = 0;
        leftOut = 0;
        for (Report.Entry c : report.claims()) {
            if (c.publication() != null && c.publication().ratingValue() == null) {
                leftOut++;
            } else if (c.publication() != null) {
                out.print(first ? " " : ", ");
                out.print(Json.write(review(c)));
                first = false;
                written++;
            }
        }
        out.println(first ? "]" : " ]");
        out.flush();
    }

    /** Published claims the last render left out for want of a 1-5 rating: unverifiable or not check-worthy. */
    public int leftOut() {
        return leftOut;
    }

    private Map<String, Object> review(Report.Entry c) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", settings.reviewBaseUrl() + "claim-" + c.id());
        review.put("claimReviewed", shorten(c.text()));
        Report.Publication p = c.publication();
        review.put("datePublished", p.at().substring(0, 10));
        review.put("dateModified", p.modifiedAt());
        review.put("author", ordered("@type", "Organization", "name", settings.publisherName(), "url", settings.publisherUrl()));
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", p.ratingValue());
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", p.ratingLabel());
        review.put("reviewRating", rating);
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (c.claimant() != null) {
            claim.put("author", ordered("@type", "Person", "name", c.claimant()));
        }
        if (c.publishedOn() != null) {
            claim.put("datePublished", c.publishedOn());
        }
        if (ReportText.isWebUrl(c.sourceUrl())) {
            claim.put("appearance", List.of(ordered("@type", "CreativeWork", "url", c.sourceUrl())));
        }
        review.put("itemReviewed", claim);
        return review;
    }

    /** A map that keeps its keys in the order given: Map.of's order changes between runs, and the output must not. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** At most 75 characters, cut at a word, as Google asks for claimReviewed. */
    static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (CodePoints.count(t) <= MAX_CLAIM_REVIEWED) {
            return t;
        }
        // Counted in code points, cut between characters: the last space within the first 75, else at 74.
        String head = CodePoints.cutBefore(t, MAX_CLAIM_REVIEWED);
        int cut = head.lastIndexOf(' ');
        return (cut >= 0 && CodePoints.count(head.substring(0, cut)) > 40 ? head.substring(0, cut)
                : CodePoints.cutBefore(t, MAX_CLAIM_REVIEWED - 1)) + "…";
    }
}
