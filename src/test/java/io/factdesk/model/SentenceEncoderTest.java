package io.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The real encoder, loaded from the jar on the class path: no network, no files of its own. */
class SentenceEncoderTest {

    private static final SentenceEncoder ENCODER = new SentenceEncoder(2);

    @Test
    void eachSentenceGets384FiniteNumbersOfUnitLength() {
        List<float[]> vectors = ENCODER.embed(List.of("Unemployment fell to 3.5 percent last year.", "Thank you.", " "));
        assertThat(vectors).hasSize(3);
        for (float[] v : vectors) {
            assertThat(v).hasSize(SentenceEncoder.DIMENSION);
            double norm = 0;
            for (float x : v) {
                assertThat(Float.isFinite(x)).isTrue();
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).isBetween(0.99, 1.01);
        }
    }

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        List<float[]> v = ENCODER.embed(List.of(
                "The unemployment rate fell to 3.5 percent last year.",
                "Last year joblessness dropped to three and a half percent.",
                "My grandmother bakes the best apple pie in town."));
        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void aBatchGivesTheSameVectorsAsOneByOne() {
        List<String> sentences = List.of("Exports rose 12% in 2024.", "We will win this election.", "Good evening.");
        List<float[]> batch = ENCODER.embed(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(batch.get(i)).containsExactly(ENCODER.embed(sentences.get(i)));
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
