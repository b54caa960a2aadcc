package io.factdesk.verdicts;

import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.FactdeskSettings;

/**
 * Who is reviewing. An explicit --reviewer wins, then the name set with the
 * {@code reviewer} command for this shell session, then FACTDESK_REVIEWER.
 */
@Component
public class ReviewerSession {

    private final String defaultReviewer;
    private ReviewerName current;

    public ReviewerSession(FactdeskSettings settings) {
        this.defaultReviewer = settings.reviewer();
    }

    public void set(ReviewerName name) {
        this.current = name;
    }

    public java.util.Optional<ReviewerName> current() {
        if (current != null) {
            return java.util.Optional.of(current);
        }
        if (defaultReviewer != null && !defaultReviewer.isBlank()) {
            return java.util.Optional.of(new ReviewerName(defaultReviewer));
        }
        return java.util.Optional.empty();
    }

    public ReviewerName resolve(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return new ReviewerName(explicit);
        }
        return current().orElseThrow(() -> FactdeskException.badInput(
                "no reviewer: pass --reviewer NAME, run 'reviewer NAME', or set FACTDESK_REVIEWER"));
    }
}
