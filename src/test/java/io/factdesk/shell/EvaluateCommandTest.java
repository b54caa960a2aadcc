package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;

/** 'claims evaluate' through the shell's parser and dispatcher: each scorer, and bad input in one line. */
class EvaluateCommandTest extends ShellTestSupport {

    private Path labelled() throws Exception {
        Path file = folder().resolve("labels.tsv");
        Files.writeString(file, """
                Sentence_id\tText\tclass_label
                1\tUnemployment fell to 3.5 percent last year, the lowest rate in fifty years.\tYes
                2\tWolbachia stops the dengue virus from multiplying inside the mosquito, so bitten people are not infected.\tYes
                3\tThank you all very much for being here tonight.\tNo
                4\tWhat do you make of that?\tNo
                """);
        return file;
    }

    @Test
    void theQueueAddsWhatTheRulesPassOverAndEachScorerSaysWhatItIs() throws Exception {
        Path file = labelled();
        assertThat(run("claims evaluate " + file + " --scorer rules")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith(file + ": 4 sentences, rules at threshold 0.20: precision 1.000, recall 0.500");

        assertThat(run("claims evaluate " + file)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith(file + ": 4 sentences, queue (rules at 0.20, model adding at 0.75):"
                + " precision 1.000, recall 1.000, F1 1.000");

        assertThat(run("claims evaluate " + file + " --scorer model --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"scorer\" : \"model\"", "\"queueThreshold\" : null", "\"threshold\" : 0.44");
    }

    @Test
    void anUnknownScorerOrAMissingFileIsOneLine() throws Exception {
        assertThat(run("claims evaluate " + labelled() + " --scorer neural")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: unknown scorer 'neural'; expected one of queue, rules, model"
                + System.lineSeparator());
        assertThat(run("claims evaluate " + folder().resolve("none.tsv"))).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).isEqualTo("error: " + folder().resolve("none.tsv") + ": no such file"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }
}
