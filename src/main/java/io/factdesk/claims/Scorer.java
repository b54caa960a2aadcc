package io.factdesk.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What decides check-worthiness in 'claims evaluate': the queue's own decision, or either half on its own. */
public enum Scorer {
    /** Rules and model together, as the queue decides (the default). */
    QUEUE,
    /** The rules alone, at the queue's threshold. */
    RULES,
    /** The learned model alone, at its own threshold, on every sentence. */
    MODEL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Scorer::label).toList();
    }

    /** Null or blank: the queue. */
    public static Scorer parse(String text) {
        if (text == null || text.isBlank()) {
            return QUEUE;
        }
        for (Scorer s : values()) {
            if (s.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw io.factdesk.support.FactdeskException.badInput("unknown scorer '" + text + "'; expected one of "
                + String.join(", ", labels()));
    }
}
