package io.factdesk.verdicts;

import java.util.List;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.NameSuggestion;
import io.factdesk.support.TerminalText;

/**
 * A reviewer named in a filter (export --reviewer, agreement --reviewers) has to be someone with verdicts:
 * a typo would otherwise give an empty or skewed answer that reads like a true one.
 */
public final class ReviewerFilter {

    private static final int NAMES_SHOWN = 10;

    private ReviewerFilter() {
    }

    /** Refuses (exit 2, one line) a name that is not among {@code reviewersWithVerdicts}, naming the one probably meant. */
    public static void require(String option, String name, List<String> reviewersWithVerdicts) {
        if (reviewersWithVerdicts.contains(name)) {
            return;
        }
        List<String> known = reviewersWithVerdicts;
        String hint = NameSuggestion.closest(name, known).map(k -> "; did you mean '" + TerminalText.safe(k) + "'?")
                .orElseGet(() -> known.isEmpty() ? "; nobody has recorded a verdict yet"
                        : "; reviewers with verdicts: " + TerminalText.safe(String.join(", ", known.stream().limit(NAMES_SHOWN).toList()))
                        + (known.size() > NAMES_SHOWN ? " and " + (known.size() - NAMES_SHOWN) + " more" : ""));
        throw FactdeskException.badInput(option + ": unknown reviewer '" + TerminalText.safe(name) + "'" + hint);
    }
}
