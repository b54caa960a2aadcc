package io.factdesk.reporting;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.factdesk.support.CodePoints;
import io.factdesk.support.Json;

/**
 * schema.org ClaimReview as JSON-LD: an array with one object per rated claim (TRUE to
 * FALSE). Unrated outcomes and disputed claims have no single rating and are left out;
 * {@link #leftOut} counts them.
 */
public final class ClaimReviewRenderer implements ReportRenderer {

    static final int MAX_CLAIM_REVIEWED = 75;

    private final ReportSettings settings;

    public ClaimReviewRenderer(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void render(Report report, PrintWriter out) {
        // Written object by object, so a large export never holds the whole array.
        out.print("[");
        boolean first = true;
        for (Report.Entry c : report.claims()) {
            if (c.ratingValue() != null) {
                out.print(first ? " " : ", ");
                out.print(Json.write(review(c)));
                first = false;
            }
        }
        out.println(first ? "]" : " ]");
        out.flush();
    }

    /** Claims in the report without a single 1-5 rating: unverifiable, not check-worthy, disputed. */
    public static int leftOut(Report report) {
        Map<String, Integer> byVerdict = report.summary().byVerdict();
        return byVerdict.get("UNVERIFIABLE") + byVerdict.get("NOT_CHECKWORTHY") + byVerdict.get("DISPUTED");
    }

    private Map<String, Object> review(Report.Entry c) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", settings.reviewBaseUrl() + "claim-" + c.id());
        review.put("claimReviewed", shorten(c.text()));
        review.put("datePublished", c.reviewedAt().substring(0, 10));
        review.put("author", ordered("@type", "Organization", "name", settings.publisherName(), "url", settings.publisherUrl()));
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", c.ratingValue());
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", c.verdictLabel());
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
