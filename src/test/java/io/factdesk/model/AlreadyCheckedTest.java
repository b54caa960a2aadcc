package io.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.claimviews.AlreadyChecked;
import io.factdesk.claimviews.ClaimJson;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/**
 * A new article restates a checked claim in other words: its claim shows the earlier verdict; a near miss with
 * another figure does not. The shipped encoder and model, on both engines.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
class AlreadyCheckedTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir, new LearnedCheckWorthiness());
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private long id(String start) {
        return wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).stream().filter(c -> c.text().startsWith(start))
                .map(Claim::id).findFirst().orElseThrow();
    }

    @Test
    void aRestatedClaimShowsTheEarlierVerdictAndANearMissDoesNot() {
        wb.writeSeed("a.md", "# Trade\n\nExports rose 12% in 2024, the ministry said.\nThe city spent 5 million euros on roads in 2023.\n");
        wb.ingest.ingest(wb.seedFolder);
        long exports = id("Exports rose 12%");
        wb.verdictService.record(new VerdictInput(new ClaimId(exports), Rating.MOSTLY_TRUE,
                List.of(new EvidenceUrl("https://customs.example.org/2024")), new Note("Customs data says 11.8%."),
                new ReviewerName("Lan"), Instant.parse("2025-03-01T10:00:00Z")));

        wb.writeSeed("b.md", "# Next day\n\nIn 2024, exports increased by 12 percent, according to the ministry.\n"
                + "Exports rose 21% in 2024, the ministry said.\nThe city spent 5 million euros on roads in 2023, the mayor said.\n");
        io.factdesk.seeds.IngestReport report = wb.ingest.ingest(wb.seedFolder);
        assertThat(report.claimsMatched()).as("new claims matching a judged one").isEqualTo(1);
        assertThat(report.summary()).endsWith("; 1 new claim matches one already checked ('claims list --matched')");
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null).matchedOnly(true))).extracting(Claim::text)
                .containsExactly("In 2024, exports increased by 12 percent, according to the ministry.");

        List<AlreadyChecked> restated = wb.claimViews.show(new ClaimId(id("In 2024, exports"))).matches();
        assertThat(restated).singleElement().satisfies(m -> {
            assertThat(m.claimId()).isEqualTo(exports);
            assertThat(m.rating()).isEqualTo("MOSTLY_TRUE");
            assertThat(m.by()).isEqualTo("Lan");
            assertThat(m.date()).startsWith("2025-03-01");
            assertThat(m.similarity()).isGreaterThanOrEqualTo(io.factdesk.claims.ClaimMatching.THRESHOLD).isLessThanOrEqualTo(1.0);
        });
        assertThat(wb.claimViews.show(new ClaimId(id("Exports rose 21%"))).matches()).as("another figure").isEmpty();
        assertThat(wb.claimViews.show(new ClaimId(id("The city spent 5 million euros on roads in 2023, the mayor")))
                .matches()).as("unjudged: nothing to reuse yet").isEmpty();

        // apply-group copies a verdict to the claims that match too, each citing the entry it came from
        var applied = wb.groupVerdicts.applyToGroup(new ClaimId(exports), new ReviewerName("Lan"));
        assertThat(applied.written()).singleElement().satisfies(v -> {
            assertThat(v.claimId()).isEqualTo(id("In 2024, exports"));
            assertThat(v.appliedFromClaimId()).isEqualTo(exports);
        });

        ClaimJson json = ClaimJson.of(wb.claimViews.show(new ClaimId(id("In 2024, exports"))));
        assertThat(json.matches()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(exports);
            assertThat(m.url()).isNull();
        });
    }

    @Test
    void aPublishedFactCheckFromAnotherNewsroomShowsUpOnTheClaimItMatches() throws Exception {
        Path file = dir.resolve("other-newsroom.json");
        java.nio.file.Files.writeString(file, """
                [{"@context": "https://schema.org", "@type": "ClaimReview",
                  "url": "https://checks.other.example/exports-2024",
                  "claimReviewed": "Exports climbed 12 percent in 2024, the ministry said.",
                  "author": {"@type": "Organization", "name": "Other Checks"},
                  "datePublished": "2025-01-15",
                  "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1,
                                   "alternateName": "Mostly true"}},
                 {"@type": "ClaimReview", "url": "https://checks.other.example/rice",
                  "claimReviewed": "Rice exports reached 8 million tonnes last year.",
                  "author": {"name": "Other Checks"},
                  "reviewRating": {"ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"}}]
                """);
        var service = new io.factdesk.factchecks.FactCheckService(new io.factdesk.factchecks.FactCheckRepository(wb.database),
                new io.factdesk.db.Transactions(wb.database), io.factdesk.support.Clock.system());
        service.setMatching(wb.libraryMatching);
        var imported = service.importFile(file, "other-newsroom.json");
        assertThat(imported.added()).isEqualTo(2);
        assertThat(imported.claimsMatched()).as("no claim in the workbench yet").isZero();

        wb.writeSeed("a.md", "# Trade\n\nIn 2024, exports increased by 12%, according to the ministry.\n"
                + "Exports rose 21% in 2024, the ministry said.\n");
        io.factdesk.seeds.IngestReport report = wb.ingest.ingest(wb.seedFolder);
        assertThat(report.claimsMatched()).isEqualTo(1);

        List<AlreadyChecked> found = wb.claimViews.show(new ClaimId(id("In 2024, exports"))).matches();
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.claimId()).isNull();
            assertThat(m.url()).isEqualTo("https://checks.other.example/exports-2024");
            assertThat(m.rating()).isEqualTo("Mostly true (0.75)");
            assertThat(m.by()).isEqualTo("Other Checks");
            assertThat(m.date()).isEqualTo("2025-01-15");
            assertThat(m.reuseAs()).isEqualTo(Rating.MOSTLY_TRUE);
        });
        AlreadyChecked entry = found.get(0);
        var reused = wb.groupVerdicts.reusePublished(new ClaimId(id("In 2024, exports")),
                new io.factdesk.verdicts.GroupVerdictService.PublishedCheck(entry.url(), entry.by(), entry.date(),
                        entry.ratingName(), entry.reuseAs()), new ReviewerName("Lan"));
        assertThat(reused.rating()).isEqualTo(Rating.MOSTLY_TRUE);
        assertThat(reused.evidence()).containsExactly("https://checks.other.example/exports-2024");
        assertThat(reused.note()).isEqualTo("Reused from the fact-check by Other Checks of 2025-01-15, rated"
                + " 'Mostly true': https://checks.other.example/exports-2024");
        assertThat(reused.appliedFromId()).isNull();
        assertThat(wb.claimViews.show(new ClaimId(id("Exports rose 21%"))).matches()).isEmpty();
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null).matchedOnly(true))).extracting(Claim::text)
                .containsExactly("In 2024, exports increased by 12%, according to the ministry.");

        Path more = java.nio.file.Files.writeString(dir.resolve("more.json"), """
                {"@type": "ClaimReview", "url": "https://checks.other.example/bridges",
                 "claimReviewed": "The province built 40 new bridges in 2023.", "author": {"name": "Other Checks"}}
                """);
        assertThat(service.importFile(more, "more.json").claimsMatched())
                .as("the import says how many claims match the library once its entries are matched").isEqualTo(1);
        assertThat(service.importFile(more, "more.json").claimsMatched()).as("nothing added, nothing matched").isNull();
        ClaimJson json = ClaimJson.of(wb.claimViews.show(new ClaimId(id("In 2024, exports"))));
        assertThat(json.matches()).singleElement().satisfies(m -> {
            assertThat(m.id()).isNull();
            assertThat(m.url()).isEqualTo("https://checks.other.example/exports-2024");
        });
    }
}
