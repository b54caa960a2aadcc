package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/** The rules measured on a labelled file: counts, figures and bad input, with no Spring context. */
class CheckWorthinessEvaluationTest {

    private final CheckWorthinessEvaluation evaluation = new CheckWorthinessEvaluation(
            new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2),
            new ModelScoring(SentenceClassifier.NONE, null));

    @TempDir
    Path dir;

    @Test
    void eachSentenceIsCountedAgainstItsLabel() throws Exception {
        Path file = write("""
                Sentence_id\tText\tclass_label
                1\tExports rose 12% in 2024, according to customs data.\tYes
                2\tWhat do you think about that?\tNo
                3\tI really love this "wonderful" city.\tYes
                4\tThe ministry said unemployment fell to 2% last year.\tNo
                5\tThank you very much.\tno
                """);
        CheckWorthinessEvaluation.Result r = evaluation.evaluate(file, Scorer.RULES);
        assertThat(r.sentences()).isEqualTo(5);
        assertThat(r.truePositives()).as("the statistic").isEqualTo(1);
        assertThat(r.falseNegatives()).as("the opinion labelled Yes").isEqualTo(1);
        assertThat(r.falsePositives()).as("the claim labelled No").isEqualTo(1);
        assertThat(r.trueNegatives()).as("the question and the thanks").isEqualTo(2);
        assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void badInputSaysWhereInOneLine() throws Exception {
        Path bad = write("id\ttext\tlabel\n1\tExports rose 12% in 2024.\tYes\n2\tImports fell.\tmaybe\n");
        assertThatThrownBy(() -> evaluation.evaluate(bad, Scorer.RULES)).isInstanceOf(FactdeskException.class)
                .hasMessage(bad + ":3: label 'maybe' is not Yes or No");
        Path narrow = write("id\ttext\n");
        assertThatThrownBy(() -> evaluation.evaluate(narrow, Scorer.RULES)).hasMessageStartingWith(narrow + ":1: needs a header and three");
        assertThatThrownBy(() -> evaluation.evaluate(dir.resolve("none.tsv"), Scorer.RULES))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessage(dir.resolve("none.tsv") + ": no such file");
        Path empty = write("id\ttext\tlabel\n");
        assertThatThrownBy(() -> evaluation.evaluate(empty, Scorer.RULES)).hasMessage(empty + ": no labelled sentences");
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "labels", ".tsv");
        Files.writeString(file, text);
        return file;
    }
}
