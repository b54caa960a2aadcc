package io.factdesk.verdicts;

import java.util.Optional;

import io.factdesk.support.FactdeskException;

/**
 * Who may record verdicts. The team roster implements it (package {@code team}, which builds on this one, so the
 * interface sits here and verdicts, imports and the review only ask). With no roster every valid name may, as
 * before there was one.
 */
public interface KnownReviewers {

    /** Everyone: a workbench without a roster. */
    KnownReviewers ANYONE = () -> name -> Optional.empty();

    /** The roster as it is now, read once: an import checks all its rows against one reading. */
    Check current();

    /** Refuses (exit 2, one line) a name that is not an active member of the roster, when there is one. */
    default void requireKnown(ReviewerName name) {
        current().requireKnown(name);
    }

    /** One reading of the roster. */
    interface Check {

        /** Why this name may not record verdicts ("unknown reviewer 'lan'; did you mean 'Lan'?"), or empty. */
        Optional<String> problem(ReviewerName name);

        default void requireKnown(ReviewerName name) {
            problem(name).ifPresent(problem -> {
                throw FactdeskException.badInput(problem);
            });
        }
    }
}
