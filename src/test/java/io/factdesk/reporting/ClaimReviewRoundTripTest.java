package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestClassifier;
import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.db.Database;
import io.factdesk.db.Transactions;
import io.factdesk.factchecks.FactCheck;
import io.factdesk.factchecks.FactCheckRepository;
import io.factdesk.factchecks.FactCheckService;
import io.factdesk.team.Publishing;

/**
 * factdesk's own ClaimReview export read into another workbench's library: every published claim arrives,
 * each field where it belongs, and a second import adds nothing.
 */
class ClaimReviewRoundTripTest {

    private static final Publishing PUBLISHER = new Publishing("Example Checks", "https://checks.example.org/",
            "https://checks.example.org/reviews/", null, null);

    @TempDir
    Path dir;

    @Test
    void anExportedClaimReviewImportsWithEveryFieldWhereItBelongs() throws Exception {
        Path exported = dir.resolve("claimreview.json");
        List<Report.Entry> published = new ArrayList<>();
        try (TestWorkbench source = new TestWorkbench(TestEngine.SQLITE, dir.resolve("source"), new TestClassifier("customs"))) {
            Report report = ReportFixture.build(source, dir.resolve("source"))
                    .build(ReportFilter.parse(null, null, null, null), ReportFixture.AS_OF);
            StringWriter out = new StringWriter();
            ClaimReviewRenderer renderer = new ClaimReviewRenderer(PUBLISHER);
            renderer.render(report, new PrintWriter(out));
            Files.writeString(exported, out.toString());
            report.claims().forEach(c -> {
                if (c.publication() != null && c.publication().ratingValue() != null) {
                    published.add(c);
                }
            });
            assertThat(renderer.written()).isEqualTo(published.size()).isPositive();
        }

        Files.createDirectories(dir.resolve("library"));
        try (Database library = Database.open(TestEngine.SQLITE.newDatabase(dir.resolve("library")))) {
            FactCheckRepository repository = new FactCheckRepository(library);
            Instant now = Instant.parse("2025-04-01T08:00:00Z");
            FactCheckService service = new FactCheckService(repository, new Transactions(library), () -> now);
            FactCheckService.Imported imported = service.importFile(exported, "claimreview.json");
            assertThat(imported.problems()).isEmpty();
            assertThat(imported.added()).isEqualTo(published.size());

            for (Report.Entry c : published) {
                String url = PUBLISHER.reviewBaseUrl() + "claim-" + c.id();
                FactCheck f = repository.byUrl(url).orElseThrow(() -> new AssertionError("no fact-check at " + url));
                Report.Publication p = c.publication();
                assertThat(f.claimReviewed()).isEqualTo(ClaimReviewRenderer.shorten(c.text()));
                assertThat(f.ratingValue()).isEqualTo(p.ratingValue().doubleValue());
                assertThat(f.bestRating()).isEqualTo(5.0);
                assertThat(f.worstRating()).isEqualTo(1.0);
                assertThat(f.ratingName()).isEqualTo(p.ratingLabel());
                assertThat(f.normalisedRating()).isEqualTo((p.ratingValue() - 1) / 4.0);
                assertThat(f.publisherName()).isEqualTo("Example Checks");
                assertThat(f.publisherUrl()).isEqualTo("https://checks.example.org/");
                assertThat(f.datePublished()).isEqualTo(p.at().substring(0, 10));
                assertThat(f.claimAuthor()).isEqualTo(c.claimant());
                assertThat(f.appearanceUrl()).isEqualTo(ReportText.isWebUrl(c.sourceUrl()) ? c.sourceUrl() : null);
                assertThat(f.language()).as("factdesk's export gives no inLanguage").isNull();
                assertThat(f.sourceFile()).isEqualTo("claimreview.json");
                assertThat(f.importedAt()).isEqualTo(now);
            }
            assertThat(published).extracting(Report.Entry::claimant).as("the fixture has a claimant to carry").doesNotContainNull();
            assertThat(published).extracting(Report.Entry::sourceUrl).as("and a source URL").anyMatch(ReportText::isWebUrl);

            assertThat(service.importFile(exported, "claimreview.json")).extracting(FactCheckService.Imported::added,
                    FactCheckService.Imported::alreadyThere).containsExactly(0, published.size());
            assertThat(repository.all()).hasSize(published.size());
        }
    }
}
