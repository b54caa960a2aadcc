package io.factdesk.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Check-worthiness as rules and model decide it together. The rules decide alone for what they exclude
 * (headings, questions, bylines, datelines, boilerplate): the model is not asked. Otherwise a sentence the rules
 * queue stays queued, and the model adds one the rules pass over when its probability reaches the queue
 * threshold. The model never takes a sentence out: trained on debates, it misses too many of an article's
 * claims to overrule the rules there (README, "How claims are picked"). Its probability is always a reason, so a
 * reviewer sees what it thought either way.
 *
 * @param modelScore the probability rounded as shown, or null where the model was not asked
 */
public record QueueDecision(Assessment assessment, boolean checkworthy, Double modelScore) {

    static final String PREFIX = "model: ";

    /** The decision of the rules alone. */
    public static QueueDecision rulesOnly(Assessment rules, boolean rulesQueue) {
        return new QueueDecision(rules, rulesQueue, null);
    }

    /**
     * @param rulesQueue  whether the rules alone queue the sentence (their score at or above the threshold, or
     *                    not excluded)
     * @param probability the model's, from 0 to 1
     */
    public static QueueDecision of(Assessment rules, boolean rulesQueue, double probability, double queueThreshold) {
        if (rules.excluded()) {
            return rulesOnly(rules, rulesQueue);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability out of range: " + probability);
        }
        // Decided on the figure shown, so that a reason never reads "0.70" beside a threshold of 0.70 it missed.
        double shown = Math.round(probability * 100) / 100.0;
        boolean byModel = !rulesQueue && shown >= queueThreshold;
        List<String> reasons = new ArrayList<>(rules.reasons());
        reasons.add(reason(shown, rulesQueue, byModel, queueThreshold));
        return new QueueDecision(new Assessment(rules.score(), reasons, rules.type(), false), rulesQueue || byModel,
                shown);
    }

    /**
     * The model's line. Where the model decided (the rules passed the sentence over), the line says which way
     * and at what threshold, so that a reviewer reading "0.62" on a sentence left out knows what it missed.
     */
    static String reason(double shown, boolean rulesQueue, boolean byModel, double queueThreshold) {
        String line = String.format(Locale.ROOT, "%s%.2f", PREFIX, shown);
        if (rulesQueue) {
            return line;
        }
        return line + String.format(Locale.ROOT, byModel ? " (queued by the model: %.2f or more)"
                : " (not queued: the model queues at %.2f or more)", queueThreshold);
    }
}
