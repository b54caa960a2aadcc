package io.factdesk.factchecks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One ClaimReview object read into a {@link NewFactCheck}, or every problem with it, each with its JSON path.
 * Lenient where publishers differ and the meaning is plain (a number written as a string, author as an object
 * or an array, appearance as a URL or an object with one), strict where a value would be a guess: a rating
 * that is not a number, a date that is not ISO-8601, a URL that is not http(s).
 */
final class ClaimReviewEntry {

    /** schema.org's defaults for a rating's scale when the review does not give one. */
    static final double DEFAULT_BEST = 5;
    static final double DEFAULT_WORST = 1;

    private final List<String> problems;
    private final JsonFields fields;
    private final int start;

    private ClaimReviewEntry(List<String> problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
        this.start = problems.size();
    }

    /** The review at {@code path}, or empty when it has problems, which are added to {@code problems}. */
    static Optional<NewFactCheck> read(JsonNode review, String path, List<String> problems) {
        return Optional.ofNullable(new ClaimReviewEntry(problems).review(review, path));
    }

    /** Whether the object says it is a ClaimReview: "ClaimReview", "schema:ClaimReview", its URL, or a list holding one. */
    static boolean isClaimReview(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            return type.values().stream().anyMatch(t -> t.isString() && isClaimReviewName(t.stringValue()));
        }
        return type.isString() && isClaimReviewName(type.stringValue());
    }

    private static boolean isClaimReviewName(String type) {
        String t = type.strip();
        return t.equals("ClaimReview") || t.equals("schema:ClaimReview") || t.matches("https?://schema\\.org/ClaimReview");
    }

    private NewFactCheck review(JsonNode review, String path) {
        String claim = fields.required(fields.text(review.path("claimReviewed"), path + ".claimReviewed"),
                review.path("claimReviewed"), path + ".claimReviewed");
        String url = fields.required(fields.url(review.path("url"), path + ".url"), review.path("url"), path + ".url");
        // the review's author is its publisher; some publishers put it under "publisher"
        String publisherField = JsonFields.absent(review.path("author")) && !JsonFields.absent(review.path("publisher"))
                ? "publisher" : "author";
        Named publisher = named(review.path(publisherField), path + "." + publisherField);
        if (publisher.name() == null && !publisher.refused()) {
            problems.add(publisher.namePath() + ": missing");
        }
        LocalDate date = fields.date(review.path("datePublished"), path + ".datePublished");
        String language = language(review.path("inLanguage"), path + ".inLanguage");

        JsonNode rating = fields.object(review.path("reviewRating"), path + ".reviewRating");
        String r = path + ".reviewRating";
        Double value = fields.number(rating.path("ratingValue"), r + ".ratingValue");
        Double best = fields.number(rating.path("bestRating"), r + ".bestRating");
        Double worst = fields.number(rating.path("worstRating"), r + ".worstRating");
        String ratingName = fields.text(rating.path("alternateName"), r + ".alternateName");
        Double normalised = normalised(value, best, worst, r);

        JsonNode item = fields.object(review.path("itemReviewed"), path + ".itemReviewed");
        Named claimAuthor = named(item.path("author"), path + ".itemReviewed.author");
        String appearance = appearance(item, path + ".itemReviewed");
        if (problems.size() > start) {
            return null;   // the problems say why
        }
        return new NewFactCheck(claim, value, best, worst, ratingName, normalised, url, publisher.name(),
                publisher.url(), date, claimAuthor.name(), appearance, language);
    }

    /** (value - worst) / (best - worst) on the review's own scale, schema.org's 5 and 1 where it gives none. */
    private Double normalised(Double value, Double best, Double worst, String path) {
        if (value == null) {
            return null;
        }
        double b = best == null ? DEFAULT_BEST : best;
        double w = worst == null ? DEFAULT_WORST : worst;
        if (b == w) {
            problems.add(path + ": bestRating and worstRating are both " + shown(b) + "; there is no scale");
            return null;
        }
        if (value < Math.min(b, w) || value > Math.max(b, w)) {
            problems.add(path + ".ratingValue: " + shown(value) + " is outside the scale from worstRating " + shown(w)
                    + " to bestRating " + shown(b) + (best == null || worst == null ? " (schema.org's defaults)" : ""));
            return null;
        }
        return (value - w) / (b - w);
    }

    /** A person or organisation: a name, an object with name (and url), or an array whose first such item counts. */
    private Named named(JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isObject() || node.get(i).isString()) {
                    return named(node.get(i), path + "[" + i + "]");
                }
            }
            return new Named(null, null, path, false);
        }
        if (node.isString()) {
            return new Named(fields.text(node, path), null, path, false);
        }
        if (node.isObject()) {
            int before = problems.size();
            String name = fields.text(node.path("name"), path + ".name");
            String url = fields.url(node.path("url"), path + ".url");
            return new Named(name, url, path + ".name", problems.size() > before);
        }
        if (!JsonFields.absent(node)) {
            problems.add(path + ": not a name or an object with one (" + JsonFields.kind(node) + ")");
            return new Named(null, null, path, true);
        }
        return new Named(null, null, path + ".name", false);
    }

    /** @param refused a problem with it is reported already */
    private record Named(String name, String url, String namePath, boolean refused) {
    }

    /** firstAppearance, else the first appearance: a URL, or an object with one, or an array of either. */
    private String appearance(JsonNode item, String path) {
        String first = link(item.path("firstAppearance"), path + ".firstAppearance");
        return first != null ? first : link(item.path("appearance"), path + ".appearance");
    }

    private String link(JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String url = link(node.get(i), path + "[" + i + "]");
                if (url != null) {
                    return url;
                }
            }
            return null;
        }
        return node.isObject() ? fields.url(node.path("url"), path + ".url") : fields.url(node, path);
    }

    /** inLanguage: a language code, or a Language object with its alternateName (the code) or name. */
    private String language(JsonNode node, String path) {
        if (node.isObject()) {
            String code = fields.text(node.path("alternateName"), path + ".alternateName");
            return code != null ? code : fields.text(node.path("name"), path + ".name");
        }
        return fields.text(node, path);
    }

    private static String shown(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
