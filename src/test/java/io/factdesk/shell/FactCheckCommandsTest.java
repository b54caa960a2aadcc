package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;

/** factchecks import, list and search through the shell's parser and dispatcher, and their errors. */
class FactCheckCommandsTest extends ShellTestSupport {

    private static final String REVIEWS = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "url": "https://checks.example.org/"},
              {"@type": "ClaimReview", "url": "https://checks.example.org/wage",
               "claimReviewed": "The minimum wage doubled in 2023, the minister said.", "datePublished": "2024-03-05",
               "author": {"name": "Example Checks"},
               "reviewRating": {"ratingValue": "2", "bestRating": "5", "worstRating": "1", "alternateName": "Mostly false"}},
              {"@type": "ClaimReview", "url": "https://checks.example.org/cafe",
               "claimReviewed": "Café prices in Hà Nội rose 40% last year.", "author": {"name": "Example \\u001b[31mChecks"},
               "reviewRating": {"ratingValue": 7, "bestRating": 10, "worstRating": 0, "alternateName": "Partly true"}}
            ]}""";

    /** Problems are listed on standard error, as the verdict import lists its rows; the error line goes to {@link #err}. */
    private String stderr;

    private ExitCode runCapturingStderr(String line) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return run(line);
        } finally {
            System.setErr(original);
            stderr = captured.toString(StandardCharsets.UTF_8);
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder().resolve(name), text);
    }

    @Test
    void importListAndSearch() throws IOException {
        Path reviews = file("reviews.json", REVIEWS);
        assertThat(run("factchecks list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("the library has no fact-checks yet; 'factchecks import FILE' adds some");

        assertThat(run("factchecks import " + reviews)).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("imported 2 fact-checks from " + reviews + " (0 already in the library); 0 claims match a library"
                + " fact-check (claims list --matched)");
        assertThat(run("factchecks import " + reviews)).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("imported 0 fact-checks from " + reviews + " (2 already in the library)");

        assertThat(run("factchecks list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines().toList()).containsExactly(
                "0.25  Mostly false          2024-03-05  Example Checks",
                "      The minimum wage doubled in 2023, the minister said.",
                "      https://checks.example.org/wage",
                "0.70  Partly true           (undated)   Example \\e[31mChecks",
                "      Café prices in Hà Nội rose 40% last year.",
                "      https://checks.example.org/cafe");
        assertThat(run("factchecks list --limit 1 --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"normalisedRating\" : 0.25", "\"ratingName\" : \"Mostly false\"",
                "\"datePublished\" : \"2024-03-05\"", "\"reviewUrl\" : \"https://checks.example.org/wage\"")
                .doesNotContain("cafe");

        assertThat(run("factchecks search ha NOI cafe")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("0.70  Partly true").contains("https://checks.example.org/cafe")
                .doesNotContain("wage");
        assertThat(run("factchecks search minimum --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("[ {").contains("\"claimReviewed\" : \"The minimum wage doubled");
        assertThat(run("factchecks search unicorns")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("no fact-check in the library holds every word of 'unicorns'");
    }

    @Test
    void aBadFileIsOneLinePerProblemExitTwoAndNothingWritten() throws IOException {
        Path bad = file("bad.json", """
                [ {"url": "https://a.example.org/1", "claimReviewed": "x", "author": {"name": "A"}, "reviewRating": {"ratingValue": "five"}},
                  {"claimReviewed": "y", "author": {"name": "A"}} ]""");
        assertThat(runCapturingStderr("factchecks import " + bad)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr.lines().toList()).containsExactly(
                bad + ": $[0].reviewRating.ratingValue: not a number (\"five\")",
                bad + ": $[1].url: missing");
        assertThat(err.toString().strip()).isEqualTo("error: " + bad + ": 2 problems; nothing written");

        Path lines = file("bad.jsonl", "{\"url\": \"https://a.example.org/1\", \"claimReviewed\": \"x\", \"author\": \"A\"}\n{oops\n");
        assertThat(runCapturingStderr("factchecks import " + lines)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(stderr.lines().toList()).singleElement().asString().startsWith(lines + ":2: not JSON (");
        assertThat(run("factchecks list --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("[ ]");
    }

    @Test
    void otherErrorsAreOneLineWithTheirExitCode() {
        assertThat(run("factchecks import " + folder().resolve("missing.json"))).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString().strip()).isEqualTo("error: fact-check file " + folder().resolve("missing.json") + " not found");
        assertThat(run("factchecks import")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("factchecks import " + folder())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).singleElement().asString().endsWith("is a directory, not a file");
        assertThat(run("factchecks search")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: factchecks search needs the words to look for");
        assertThat(run("factchecks list --limit -1")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("factchecks search start --limit 0")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: --limit must be at least 1, got 0");
        assertThat(run("factchecks list --limit ten")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: --limit must be a whole number, got 'ten'");
        assertThat(run("factchecks list --format xml")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: unknown format 'xml'; one of text, json");
        assertThat(run("factchecks import --help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("@graph", "Example: factchecks import");
    }
}
