package io.factdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.factdesk.FactdeskApplication;
import io.factdesk.seeds.StartupIngest;
import io.factdesk.shell.CommandDispatcher;
import io.factdesk.support.ExitCode;

/**
 * The agreement command through the shell's parser and dispatcher, over the project's seeds, each test
 * on its own database (as in ShellCommandsTest).
 */
@SpringBootTest(classes = FactdeskApplication.class, properties = "factdesk.runner.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AgreementCommandTest {

    private static final String NL = System.lineSeparator();
    private static Path dir;

    @DynamicPropertySource
    static void paths(DynamicPropertyRegistry registry) {
        registry.add("factdesk.db", () -> dir().resolve("agreement.db").toString());
        registry.add("factdesk.seeds", () -> Path.of("seeds").toAbsolutePath().toString());
    }

    private static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("factdesk-agreement-test");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return dir;
    }

    @AfterEach
    void forgetFolder() throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        dir = null;
    }

    @Autowired
    CommandRegistry registry;
    @Autowired
    StartupIngest startupIngest;

    CommandDispatcher dispatcher;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void setUp() {
        startupIngest.run(new PrintWriter(new StringWriter()));
        dispatcher = new CommandDispatcher(registry);
    }

    private ExitCode run(String line) {
        out = new StringWriter();
        err = new StringWriter();
        return dispatcher.run(dispatcher.parser().words(line), new PrintWriter(out, true), new PrintWriter(err, true),
                false);
    }

    private long firstPendingId() {
        assertThat(run("claims list --status pending --limit 1 --format json")).isEqualTo(ExitCode.OK);
        return Long.parseLong(out.toString().replaceAll("(?s).*?\"id\" : (\\d+).*", "$1"));
    }

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
        assertThat(err.toString()).isEqualTo("error: seed 'no-such-seed.md' not found" + NL);
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
