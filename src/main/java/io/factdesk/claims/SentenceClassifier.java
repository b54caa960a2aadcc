package io.factdesk.claims;

import java.util.List;

/**
 * A learned check-worthiness model, as the claims feature sees it. It is declared here and implemented by the
 * model package, which knows claims (it scores with the rules too) and so cannot be known by it.
 */
public interface SentenceClassifier {

    /** The probability threshold at and above which a sentence is check-worthy. */
    double threshold();

    /** For each sentence, scored on its own, whether it is check-worthy; loads the model on first use. */
    boolean[] checkworthy(List<String> sentences);
}
