package io.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.factdesk.support.FactdeskException;

/** The real encoder, loaded from the jar on the class path: no network, no files of its own. */
class SentenceEncoderTest {

    private static final SentenceEncoder ENCODER = new SentenceEncoder(2);

    @Test
    void eachSentenceGetsFiniteNumbersOfUnitLengthBlankTextToo() {
        List<float[]> vectors = ENCODER.embed(List.of("Unemployment fell to 3.5 percent last year.", "Thank you.", " ", ""));
        assertThat(vectors).hasSize(4);
        for (float[] v : vectors) {
            assertThat(v).hasSize(SentenceEncoder.DIMENSION);
            double norm = 0;
            for (float x : v) {
                assertThat(Float.isFinite(x)).isTrue();
                norm += x * x;
            }
            assertThat(Math.sqrt(norm)).isBetween(0.999, 1.001);
        }
    }

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        List<float[]> v = ENCODER.embed(List.of(
                "The unemployment rate fell to 3.5 percent last year.",
                "Last year joblessness dropped to three and a half percent.",
                "My grandmother bakes the best apple pie in town."));
        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)) + 0.1);
    }

    @Test
    void aBatchOfMixedLengthsGivesTheSameVectorsInTheSameOrderAsOneByOne() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Lengths vary and repeat, so the batches are sorted, padded and cut in several places.
            sentences.add(i % 4 == 0 ? "Good evening." : "Exports rose " + i + "% in 2024, " + "and imports fell ".repeat(i % 7) + "sharply.");
        }
        sentences.add("");
        List<float[]> batch = ENCODER.embed(sentences);
        assertThat(batch).hasSize(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(cosine(batch.get(i), ENCODER.embed(sentences.get(i)))).as(sentences.get(i)).isGreaterThan(1 - 1e-5);
        }
    }

    @Test
    void theVectorsAreLangchain4jsForTheSameModelAndPrefix() {
        var langchain4j = new dev.langchain4j.model.embedding.onnx.e5smallv2.E5SmallV2EmbeddingModel();
        List<String> sentences = List.of("We cut taxes for 90 percent of working families.", "Thank you all very much.",
                "The deficit went down by $200 billion, and the economy grew faster than in any year since 1984.");
        List<float[]> ours = ENCODER.embed(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(cosine(ours.get(i), langchain4j.embed(SentenceEncoder.MODEL.prefix() + sentences.get(i)).content().vector())).isGreaterThan(1 - 1e-5);
        }
    }

    @Test
    void aTextLongerThanTheModelTakesIsCutNotRefused() {
        float[] v = ENCODER.embed("The budget grew again. ".repeat(400));
        assertThat(v).hasSize(SentenceEncoder.DIMENSION);
        assertThat(Float.isFinite(v[0])).isTrue();
    }

    @Test
    void theNameSaysWhichModelAndVersion() {
        assertThat(ENCODER.name()).isEqualTo(SentenceEncoder.MODEL.name()).contains("e5-small-v2").contains("1.11.0");
        assertThat(ENCODER.embed(List.of())).isEmpty();
    }

    @Test
    void aModelThatIsNotInTheJarFailsOnFirstUseWithAMessage() {
        EncoderModel missing = new EncoderModel("missing", "no-such.onnx", "no-such-tokenizer.json", "",
                EncoderModel.Pooling.MEAN, 128, SentenceEncoder.DIMENSION);
        SentenceEncoder encoder = new SentenceEncoder(missing, 1);
        assertThat(encoder.name()).isEqualTo("missing");
        assertThatThrownBy(() -> encoder.embed("Hello."))
                .isInstanceOf(FactdeskException.class).hasMessageContaining("could not be loaded");
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
