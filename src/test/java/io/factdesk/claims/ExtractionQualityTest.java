package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The queue measured against hand labels (src/test/resources/labels): the two project
 * seeds, and an article written for testing with a different structure, so the rules are
 * not only fitted to the seeds. Prints the figures quoted in the README.
 */
class ExtractionQualityTest {

    private final ExtractionEvaluation evaluation = new ExtractionEvaluation(
            new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2));

    private static Map<String, String> articles(Path folder, String glob) throws IOException {
        Map<String, String> articles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList()) {
                articles.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return articles;
    }

    private static void print(String name, ExtractionEvaluation.Result r) {
        System.out.println("extraction quality, " + name + ": " + r.summary());
        r.missed().forEach(s -> System.out.println("  missed: " + s));
        r.wronglyQueued().forEach(s -> System.out.println("  wrongly queued: " + s));
    }

    @Test
    void projectSeeds() throws IOException {
        var result = evaluation.evaluate(articles(Path.of("seeds"), ".*\\.(txt|md)"),
                Path.of("src/test/resources/labels/seeds.tsv"));
        print("seeds", result);
        assertThat(result.unmatchedLabels()).as("every labelled sentence is still extracted").isEmpty();
        // The target is recall >= 0.95 and precision >= 0.90; these floors are what the rules
        // reach today (README, "How claims are picked"), so any regression fails here.
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.94);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.81);
    }

    @Test
    void heldOutArticle() throws IOException {
        var result = heldOut("harbour-bridge");
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.9);
    }

    /** An interview in Markdown, labelled before the rules were run on it. */
    @Test
    void heldOutInterview() throws IOException {
        var result = heldOut("clinic-hours");
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.9);
    }

    private ExtractionEvaluation.Result heldOut(String name) throws IOException {
        Path folder = Path.of("src/test/resources/labels/heldout");
        var result = evaluation.evaluate(articles(folder, java.util.regex.Pattern.quote(name + ".md")),
                folder.resolve(name + ".labels.tsv"));
        print("held-out " + name, result);
        assertThat(result.unmatchedLabels()).isEmpty();
        return result;
    }
}
