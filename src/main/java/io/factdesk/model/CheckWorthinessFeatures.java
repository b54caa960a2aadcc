package io.factdesk.model;

import java.util.List;

import io.factdesk.claims.Assessment;
import io.factdesk.claims.ClaimExtractor;

/**
 * What the learned model sees of a sentence: its embedding, then the rules' score and whether a rule excludes it.
 * The rules carry what the encoder is weak at (figures, attribution, boilerplate), so the model learns how far to
 * trust each.
 */
public final class CheckWorthinessFeatures {

    public static final int SIZE = SentenceEncoder.DIMENSION + 2;

    private final SentenceEncoder encoder;
    private final ClaimExtractor rules;

    public CheckWorthinessFeatures(SentenceEncoder encoder, ClaimExtractor rules) {
        this.encoder = encoder;
        this.rules = rules;
    }

    public double[][] of(List<String> sentences) {
        List<float[]> embeddings = encoder.embed(sentences);
        double[][] features = new double[sentences.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = of(embeddings.get(i), rules.assessSentence(sentences.get(i)));
        }
        return features;
    }

    static double[] of(float[] embedding, Assessment assessment) {
        if (embedding.length != SentenceEncoder.DIMENSION) {
            throw new IllegalArgumentException("embedding of " + embedding.length + " numbers");
        }
        double[] f = new double[SIZE];
        for (int i = 0; i < embedding.length; i++) {
            f[i] = embedding[i];
        }
        f[SIZE - 2] = assessment.score();
        f[SIZE - 1] = assessment.excluded() ? 1 : 0;
        return f;
    }
}
