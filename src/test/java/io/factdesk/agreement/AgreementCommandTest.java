package io.factdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;

/**
 * The agreement command through the shell's parser and dispatcher, over the project's seeds, each test
 * on its own database (as in ShellCommandsTest).
 */
class AgreementCommandTest extends io.factdesk.shell.ShellTestSupport {

    private static final String NL = System.lineSeparator();

    private void verdict(long id, String rating, String reviewer) {
        assertThat(run("verdict " + id + " " + rating + " --evidence https://example.org/" + id + " --note checked"
                + " --reviewer " + reviewer)).as(err::toString).isEqualTo(ExitCode.OK);
    }

    @Test
    void withNoSecondReviewItSaysSoAndBadInputIsOneLine() {
        assertThat(run("agreement")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("No claim has current verdicts from two or more reviewers");
        assertThat(err.toString()).isEmpty();

        assertThat(run("agreement --since notadate")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: --since: 'notadate' is not an ISO-8601 date or instant"
                + " (e.g. 2025-02-01 or 2025-02-01T08:00:00Z)" + NL);
        assertThat(out.toString()).isEmpty();
        assertThat(run("agreement --format xml")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: unknown format 'xml'; one of text, json" + NL);
        assertThat(run("agreement --reviewers Lan")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: --reviewers needs two or more names separated by commas, got only 'Lan'" + NL);
        assertThat(run("agreement --pair Lan,Bob")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: --pair: unknown reviewer 'Lan'; nobody has recorded a verdict yet" + NL);
        assertThat(run("agreement --seed no-such-seed.md")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString()).isEqualTo("error: seed 'no-such-seed.md' not found; 'seeds list' lists them" + NL);
    }

    /**
     * Ten claims judged by Lan and Bob: 4 both TRUE, 3 both FALSE, 2 Lan TRUE and Bob FALSE, 1 the other way.
     * By hand: p_o = 7/10; Lan says TRUE 6 times in 10, Bob 5; p_e = 0.6 * 0.5 + 0.4 * 0.5 = 0.5;
     * kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
     */
    @Test
    void twoReviewersKappaMatchesTheHandComputation() {
        String[][] pairs = {{"true", "true"}, {"true", "true"}, {"true", "true"}, {"true", "true"},
                {"false", "false"}, {"false", "false"}, {"false", "false"}, {"true", "false"}, {"true", "false"},
                {"false", "true"}};
        for (String[] p : pairs) {
            long id = firstPendingId();
            verdict(id, p[0], "Lan");
            verdict(id, p[1], "Bob");
        }

        assertThat(run("agreement")).isEqualTo(ExitCode.OK);
        assertThat(out.toString())
                .contains("10 claims have verdicts from two or more reviewers (Bob, Lan).")
                .containsPattern("Percent agreement +70\\.0% +10 claims")
                .containsPattern("Bob – Lan +0\\.400 +10 claims judged by both")
                .contains("Confusion matrix: Bob (rows) against Lan (columns), 10 claims judged by both")
                .doesNotContain("too few items (10)")
                .contains("! too few items (7) for agreement on TRUE to mean anything");
        assertThat(run("agreement --format json --pair Lan,Bob")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"reviewerA\" : \"Lan\"", "\"counts\" : [ [ 4, 2 ], [ 1, 3 ] ]");
        assertThat(run("agreement --reviewers Lan,Bob --since 2999-01-01")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("No claim has current verdicts from two or more reviewers");
    }
}
