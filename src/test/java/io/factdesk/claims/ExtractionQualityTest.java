package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queue measured against hand labels (src/test/resources/labels): the two project
 * seeds, and articles written for testing with other structures, so the rules are not
 * only fitted to the seeds. Prints the figures quoted in the README.
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
        // The target (README, "How claims are picked").
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Articles written for testing, each labelled before the rules were run on it (see each label file's
     * header). The floors are what the rules reach today, so a regression fails here. Only dengue-study
     * and ai-factory had not been looked at when the session-5 rules were settled; the others were used
     * to find errors.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "harbour-bridge,    1.0, 1.0",   // news report in Markdown
            "clinic-hours,      0.9, 1.0",   // interview, questions in bold
            "congestion-charge, 1.0, 0.85",  // opinion column, plain text
            "chip-engineers,    1.0, 0.9",   // government news, numbered list, related links
            "rice-exports,      1.0, 0.8",   // news analysis, bullets, correction notice
            "dengue-study,      0.72, 0.88", // science news with a Chinese summary
            "ai-factory,        1.0, 0.76",  // business news, bulleted plan, analysts' quotes
    })
    void heldOutArticles(String name, double recallFloor, double precisionFloor) throws IOException {
        var result = heldOut(name);
        assertThat(result.recall()).isGreaterThanOrEqualTo(recallFloor);
        assertThat(result.precision()).isGreaterThanOrEqualTo(precisionFloor);
    }

    private ExtractionEvaluation.Result heldOut(String name) throws IOException {
        Path folder = Path.of("src/test/resources/labels/heldout");
        var result = evaluation.evaluate(articles(folder, java.util.regex.Pattern.quote(name) + "\\.(txt|md)"),
                folder.resolve(name + ".labels.tsv"));
        print("held-out " + name, result);
        assertThat(result.unmatchedLabels()).isEmpty();
        return result;
    }
}
