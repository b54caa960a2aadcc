package io.factdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.factdesk.claims.Assessment;
import io.factdesk.claims.SentenceClassifier;

/**
 * A stand-in for the learned model, fast and predictable: a sentence's vector counts its words by hash, and its
 * probability is high exactly when it holds the trigger word. It counts the sentences it embeds, so a test can
 * tell a stored vector from a computed one.
 */
public final class TestClassifier implements SentenceClassifier {

    public static final int DIMENSION = 16;

    private final String trigger;
    private final AtomicInteger embedded = new AtomicInteger();

    /** @param trigger a word that makes the probability 0.9; every other sentence gets 0.1 */
    public TestClassifier(String trigger) {
        this.trigger = trigger.toLowerCase(Locale.ROOT);
    }

    public int embedded() {
        return embedded.get();
    }

    @Override
    public String encoder() {
        return "test-hash-16";
    }

    @Override
    public double threshold() {
        return 0.5;
    }

    @Override
    public double queueThreshold() {
        return 0.7;
    }

    @Override
    public boolean understands(String sentence) {
        return true;
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        embedded.addAndGet(sentences.size());
        List<float[]> vectors = new ArrayList<>();
        for (String s : sentences) {
            float[] v = new float[DIMENSION];
            for (String word : s.toLowerCase(Locale.ROOT).split("\\W+")) {
                v[Math.floorMod(word.hashCode(), DIMENSION - 1)] += 1;
            }
            v[DIMENSION - 1] = s.toLowerCase(Locale.ROOT).contains(trigger) ? 1 : 0;
            vectors.add(v);
        }
        return vectors;
    }

    @Override
    public double probability(float[] embedding, Assessment rules) {
        return embedding[DIMENSION - 1] > 0.5 ? 0.9 : 0.1;
    }
}
