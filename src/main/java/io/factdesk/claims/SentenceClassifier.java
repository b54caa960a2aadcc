package io.factdesk.claims;

import java.util.List;

/**
 * The learned check-worthiness model, as the claims feature sees it. It is declared here and implemented by the
 * model package, which knows claims (it reads the rules' assessment too) and so cannot be known by it. Embedding
 * is its own step, so that a caller can keep the vectors and hand them back instead of encoding again.
 */
public interface SentenceClassifier {

    /** A classifier that knows no sentence: the rules decide alone. */
    SentenceClassifier NONE = new SentenceClassifier() {
        @Override
        public String encoder() {
            return "none";
        }

        @Override
        public double threshold() {
            return 1;
        }

        @Override
        public double queueThreshold() {
            return 1;
        }

        @Override
        public boolean understands(String sentence) {
            return false;
        }

        @Override
        public List<float[]> embed(List<String> sentences) {
            throw new IllegalStateException("no model");
        }

        @Override
        public double probability(float[] embedding, Assessment rules) {
            throw new IllegalStateException("no model");
        }
    };

    /** Names the encoder (and its version) that made a vector; a vector of another encoder is never reused. */
    String encoder();

    /** The probability at and above which the model on its own calls a sentence check-worthy. */
    double threshold();

    /** The probability at and above which the model puts in the queue a sentence the rules leave out. */
    double queueThreshold();

    /** Whether the encoder knows the sentence's language, so that its probability means something. */
    boolean understands(String sentence);

    /** One vector per sentence, in order; loads the encoder on first use. */
    List<float[]> embed(List<String> sentences);

    /** The probability that the sentence is check-worthy, from its vector and the rules' assessment of it. */
    double probability(float[] embedding, Assessment rules);
}
