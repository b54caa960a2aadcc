package io.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.factdesk.claims.CheckWorthinessEvaluation;
import io.factdesk.claims.CheckWorthinessScorer;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.ExtractionEvaluation;
import io.factdesk.claims.ModelScoring;
import io.factdesk.claims.Scorer;
import io.factdesk.claims.SentenceSegmenter;

/**
 * The queue, as rules and the shipped model decide it together, measured against hand labels
 * (src/test/resources/labels): the two project seeds, and articles written for testing with other structures,
 * so the rules are not only fitted to the seeds. Each is also measured with the rules alone, in the same run, so
 * that the model is shown to do no harm anywhere. Prints the figures quoted in the README.
 */
class ExtractionQualityTest {

    private static final ClaimExtractor RULES = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2);
    private static final LearnedCheckWorthiness MODEL = new LearnedCheckWorthiness();

    private final ExtractionEvaluation rulesAlone = new ExtractionEvaluation(RULES);
    private final ExtractionEvaluation evaluation = new ExtractionEvaluation(RULES, MODEL);

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

    /**
     * CheckThat! 2024 Task 1 English dev-test, which played no part in training or in any choice: the model alone,
     * as `claims evaluate FILE --scorer model` scores it. The data lives beside the repository (SOURCE.md there
     * gives its terms), so a clone without it skips this.
     */
    @Test
    void theModelReachesTheIssuesTargetOnCheckThatDevTest() {
        Path devTest = Path.of("..", "shared", "data", "checkworthiness", TrainCheckWorthiness.DEV_TEST);
        Assumptions.assumeTrue(Files.isRegularFile(devTest), devTest + " is not beside this clone");
        var result = new CheckWorthinessEvaluation(RULES, new ModelScoring(MODEL, null)).evaluate(devTest, Scorer.MODEL);
        System.out.printf(java.util.Locale.ROOT, "check-worthiness, CT24 dev-test, model alone: precision %.3f, recall %.3f, F1 %.3f%n",
                result.precision(), result.recall(), result.f1());
        assertThat(result.f1()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void projectSeeds() throws IOException {
        Map<String, String> seeds = articles(Path.of("seeds"), ".*\\.(txt|md)");
        Path labels = Path.of("src/test/resources/labels/seeds.tsv");
        var result = evaluation.evaluate(seeds, labels);
        print("seeds", result);
        print("seeds, rules alone", rulesAlone.evaluate(seeds, labels));
        assertThat(result.unmatchedLabels()).as("every labelled sentence is still extracted").isEmpty();
        // The issue's target (README, "How claims are picked").
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Articles written for testing, each labelled before the rules were run on it (see each label file's
     * header). The floors are what the queue reaches today, so a regression fails here; and the queue must
     * do at least as well as the rules alone on each. Only dengue-study and ai-factory had not been looked at
     * when the session-5 rules were settled; the others were used to find errors. None was used to choose the
     * model's queue threshold.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "harbour-bridge,    1.0, 1.0",   // news report in Markdown
            "clinic-hours,      0.9, 1.0",   // interview, questions in bold
            "congestion-charge, 1.0, 0.85",  // opinion column, plain text
            "chip-engineers,    1.0, 0.9",   // government news, numbered list, related links
            "rice-exports,      1.0, 0.8",   // news analysis, bullets, correction notice
            "dengue-study,      0.9, 0.9",   // science news with a Chinese summary: the model finds two more
            "ai-factory,        1.0, 0.76",  // business news, bulleted plan, analysts' quotes
    })
    void heldOutArticles(String name, double recallFloor, double precisionFloor) throws IOException {
        Path folder = Path.of("src/test/resources/labels/heldout");
        Map<String, String> article = articles(folder, java.util.regex.Pattern.quote(name) + "\\.(txt|md)");
        Path labels = folder.resolve(name + ".labels.tsv");
        var result = evaluation.evaluate(article, labels);
        var rules = rulesAlone.evaluate(article, labels);
        print("held-out " + name, result);
        print("held-out " + name + ", rules alone", rules);
        assertThat(result.unmatchedLabels()).isEmpty();
        assertThat(result.recall()).isGreaterThanOrEqualTo(recallFloor).isGreaterThanOrEqualTo(rules.recall());
        assertThat(result.precision()).isGreaterThanOrEqualTo(precisionFloor).isGreaterThanOrEqualTo(rules.precision());
    }
}
