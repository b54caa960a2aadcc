package io.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.claims.CheckWorthinessEvaluation;
import io.factdesk.claims.CheckWorthinessScorer;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.ModelScoring;
import io.factdesk.claims.Scorer;
import io.factdesk.claims.SentenceSegmenter;
import io.factdesk.support.FactdeskException;

/** 'claims evaluate --scorer model' below the shell: the shipped model and the real encoder on a tiny labelled file. */
class LearnedCheckWorthinessTest {

    private final ClaimExtractor rules = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2);
    private final CheckWorthinessEvaluation evaluation = new CheckWorthinessEvaluation(rules,
            new ModelScoring(new LearnedCheckWorthiness(), null));

    @TempDir
    Path dir;

    @Test
    void theModelScoresATinyFileAtItsOwnThreshold() throws Exception {
        Path file = dir.resolve("tiny.tsv");
        Files.writeString(file, """
                Sentence_id\tText\tclass_label
                1\tUnemployment fell to 3.5 percent last year, the lowest rate in fifty years.\tYes
                2\tWe cut taxes for 90 percent of working families and the deficit went down by $200 billion.\tYes
                3\tThank you all very much for being here tonight.\tNo
                4\tGood evening, and welcome.\tNo
                """);
        CheckWorthinessEvaluation.Result r = evaluation.evaluate(file, Scorer.MODEL);
        assertThat(r.sentences()).isEqualTo(4);
        assertThat(r.threshold()).isEqualTo(CheckWorthinessModel.shipped().threshold());
        assertThat(r.truePositives()).as("the two statistics").isEqualTo(2);
        assertThat(r.trueNegatives()).as("the thanks and the greeting").isEqualTo(2);
        assertThat(r.f1()).isEqualTo(1.0);
    }

    @Test
    void aBadFileIsRefusedBeforeTheModelIsLoaded() {
        assertThatThrownBy(() -> evaluation.evaluate(dir.resolve("none.tsv"), Scorer.MODEL))
                .isInstanceOf(FactdeskException.class).hasMessage(dir.resolve("none.tsv") + ": no such file");
    }
}
