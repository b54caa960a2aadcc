package io.factdesk.verdicts;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.FactdeskSettings;

/**
 * Who is reviewing. An explicit --reviewer wins, then the name set with the
 * {@code reviewer} command for this shell session, then FACTDESK_REVIEWER. Every one of them
 * is a {@link ReviewerName}, so the same rules (NFC, no invisible names) hold for each.
 */
@Component
public class ReviewerSession {

    private final ReviewerName defaultReviewer;
    /** Why FACTDESK_REVIEWER was refused, if it was: said when a verdict needs a reviewer. */
    private final FactdeskException defaultProblem;
    private ReviewerName current;

    public ReviewerSession(FactdeskSettings settings) {
        ReviewerName name = null;
        FactdeskException problem = null;
        String fromEnvironment = settings.reviewer();
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            try {
                name = new ReviewerName(fromEnvironment);
            } catch (FactdeskException e) {
                problem = FactdeskException.badInput("FACTDESK_REVIEWER: " + e.getMessage());
            }
        }
        this.defaultReviewer = name;
        this.defaultProblem = problem;
    }

    public void set(ReviewerName name) {
        this.current = name;
    }

    /** The session's reviewer or the default; empty when neither is set (or FACTDESK_REVIEWER is not a valid name). */
    public Optional<ReviewerName> current() {
        return Optional.ofNullable(current != null ? current : defaultReviewer);
    }

    /** Who is acting, for the desk log: the session's reviewer, else the operating-system user. */
    public ReviewerName resolveOrSystem() {
        return current().orElseGet(() -> new ReviewerName(OsUser.name()));
    }

    public ReviewerName resolve(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return new ReviewerName(explicit);
        }
        if (current == null && defaultProblem != null) {
            throw defaultProblem;
        }
        return current().orElseThrow(() -> FactdeskException.badInput(
                "no reviewer: pass --reviewer NAME, run 'reviewer NAME', or set FACTDESK_REVIEWER"));
    }
}
