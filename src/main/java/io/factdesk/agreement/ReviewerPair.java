package io.factdesk.agreement;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerName;

/** Two different reviewers, by canonical name: the pair a confusion matrix is drawn for. */
public record ReviewerPair(String first, String second) {

    public ReviewerPair {
        first = ReviewerName.canonical(first);
        second = ReviewerName.canonical(second);
        if (first.isEmpty() || second.isEmpty()) {
            throw FactdeskException.badInput("a pair needs two reviewer names");
        }
        if (first.equals(second)) {
            throw FactdeskException.badInput("a pair needs two different reviewers, got '" + TerminalText.safe(first)
                    + "' twice");
        }
    }

    boolean contains(String reviewer) {
        return first.equals(reviewer) || second.equals(reviewer);
    }
}
