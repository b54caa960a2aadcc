package io.factdesk.verdicts;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import io.factdesk.support.FactdeskException;

/**
 * The verdict scale. Rated outcomes carry their schema.org ClaimReview rating value
 * (worst 1, best 5, as in Google's example mapping); the two other outcomes carry none.
 */
public enum Rating {
    TRUE(5, "True", "The claim is accurate and nothing significant is missing."),
    MOSTLY_TRUE(4, "Mostly true", "The claim is accurate but needs clarification or additional information."),
    HALF_TRUE(3, "Half true", "The claim is partially accurate but leaves out important details or takes things out of context."),
    MOSTLY_FALSE(2, "Mostly false", "The claim contains an element of truth but ignores critical facts that would give a different impression."),
    FALSE(1, "False", "The claim is not accurate."),
    UNVERIFIABLE(0, "Unverifiable", "The available evidence can neither confirm nor refute the claim."),
    NOT_CHECKWORTHY(0, "Not check-worthy", "The sentence is not a factual claim worth checking; it leaves the queue.");

    public static final int WORST = 1;
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s-]+");
    public static final int BEST = 5;

    private final int ratingValue;
    private final String label;
    private final String definition;

    Rating(int ratingValue, String label, String definition) {
        this.ratingValue = ratingValue;
        this.label = label;
        this.definition = definition;
    }

    /** The ClaimReview ratingValue, or empty for outcomes that are not on the 1–5 scale. */
    public OptionalInt ratingValue() {
        return ratingValue == 0 ? OptionalInt.empty() : OptionalInt.of(ratingValue);
    }

    public boolean isRated() {
        return ratingValue != 0;
    }

    /** The human label, used as ClaimReview's alternateName. */
    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** Accepts any case and '-', ' ' or '_' between words: "mostly-true", "Mostly True", "MOSTLY_TRUE". */
    public static Rating parse(String input) {
        if (input == null || input.isBlank()) {
            throw FactdeskException.badInput("rating is required; one of " + choices());
        }
        String key = key(input);
        for (Rating r : values()) {
            if (r.name().equals(key)) {
                return r;
            }
        }
        throw FactdeskException.badInput("unknown rating '" + io.factdesk.support.TerminalText.safe(input.trim())
                + "'; one of " + choices());
    }

    /**
     * The rated outcome a published fact-check's rating stands for, to reuse it: its name when that is one of
     * ours ("Mostly false", "FALSE"), else its place on its own scale (0 worst, 1 best) rounded to the nearest
     * of our five steps. Empty when neither says (a name such as "Misleading" with no number).
     */
    public static java.util.Optional<Rating> ofPublished(String name, Double normalised) {
        if (name != null && !name.isBlank()) {
            String key = key(name);
            for (Rating r : values()) {
                if (r.isRated() && (r.name().equals(key) || key(r.label).equals(key))) {
                    return java.util.Optional.of(r);
                }
            }
        }
        if (normalised == null || !(normalised >= 0 && normalised <= 1)) {
            return java.util.Optional.empty();
        }
        long value = Math.round(WORST + normalised * (BEST - WORST));
        return Arrays.stream(values()).filter(r -> r.ratingValue == value).findFirst();
    }

    /** A rating as typed or named, in the form of the constants' names: "Mostly true" is MOSTLY_TRUE. */
    private static String key(String text) {
        return SEPARATORS.matcher(text.trim()).replaceAll("_").toUpperCase(Locale.ROOT);
    }

    public static String choices() {
        return Arrays.stream(values()).map(Rating::name).collect(Collectors.joining(", "));
    }
}
