package io.factdesk.seeds;

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

import io.factdesk.TestClassifier;
import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/**
 * The ingest with a model beside the rules (a stand-in, see {@link TestClassifier}): what it adds to the queue,
 * what it is never asked about, and that its vectors are kept so that re-scoring encodes nothing.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
class ModelIngestTest {

    private static final String ARTICLE = """
            # Mosquito news

            Wolbachia stops the virus from multiplying inside the mosquito.
            Exports rose 12% in 2024.
            The weather was pleasant.
            """;

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    TestClassifier model = new TestClassifier("mosquito");

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir, model);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private Claim claim(String start) {
        return wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).stream().filter(c -> c.text().startsWith(start))
                .findFirst().orElseThrow();
    }

    @Test
    void theModelQueuesWhatTheRulesPassOverAndEveryAskedClaimGivesItsScore() {
        wb.writeSeed("a.md", ARTICLE);
        wb.ingest.ingest(wb.seedFolder);

        Claim wolbachia = claim("Wolbachia");
        assertThat(wolbachia.score()).as("no rule signal").isLessThan(0.2);
        assertThat(wolbachia.checkworthy()).isTrue();
        assertThat(wolbachia.modelScore()).isEqualTo(0.9);
        assertThat(wolbachia.reasons()).last().isEqualTo("model: 0.90 (queued by the model: 0.70 or more)");

        Claim exports = claim("Exports");
        assertThat(exports.checkworthy()).as("the rules' pick stays").isTrue();
        assertThat(exports.reasons()).last().isEqualTo("model: 0.10");

        Claim weather = claim("The weather");
        assertThat(weather.checkworthy()).isFalse();
        assertThat(weather.modelScore()).isEqualTo(0.1);
        assertThat(weather.reasons()).last().isEqualTo("model: 0.10 (not queued: the model queues at 0.70 or more)");

        Claim heading = claim("Mosquito news");
        assertThat(heading.checkworthy()).as("a heading stays out whatever the model says").isFalse();
        assertThat(heading.modelScore()).isNull();
        assertThat(heading.reasons()).noneMatch(r -> r.startsWith("model:"));
        assertThat(model.embedded()).as("headings are not encoded").isEqualTo(3);
    }

    @Test
    void reScoringAfterANewExtractorVersionEncodesNothingAndKeepsTheVerdicts() {
        wb.writeSeed("a.md", ARTICLE);
        wb.ingest.ingest(wb.seedFolder);
        Claim wolbachia = claim("Wolbachia");
        wb.verdictService.record(new VerdictInput(new ClaimId(wolbachia.id()), Rating.TRUE,
                List.of(new EvidenceUrl("https://who.example.org/wolbachia")), new Note("WHO fact sheet"),
                new ReviewerName("Lan"), Instant.parse("2025-03-01T10:00:00Z")));
        int encoded = model.embedded();
        wb.database.dsl().update(io.factdesk.jooq.Tables.SEED).set(io.factdesk.jooq.Tables.SEED.EXTRACTOR_VERSION, 0).execute();

        IngestReport report = wb.ingest.ingest(wb.seedFolder);

        assertThat(report.seedsChanged()).isEqualTo(1);
        assertThat(model.embedded()).as("every vector read back").isEqualTo(encoded);
        Claim again = claim("Wolbachia");
        assertThat(again.id()).isEqualTo(wolbachia.id());
        assertThat(again.modelScore()).isEqualTo(0.9);
        assertThat(wb.verdictService.history(new ClaimId(again.id()))).hasSize(1);
    }

    @Test
    void aChangedSeedEncodesOnlyItsNewSentences() {
        wb.writeSeed("a.md", ARTICLE);
        wb.ingest.ingest(wb.seedFolder);
        int encoded = model.embedded();

        wb.writeSeed("a.md", ARTICLE + "Imports fell 3% last year near the mosquito farms.\n");
        wb.ingest.ingest(wb.seedFolder);

        assertThat(model.embedded()).isEqualTo(encoded + 1);
        assertThat(claim("Imports").modelScore()).isEqualTo(0.9);
    }

    @Test
    void aSentenceRepeatedAcrossArticlesIsEncodedOnceAndEachOfItsClaimsKeepsTheVector() {
        wb.writeSeed("a.md", ARTICLE);
        wb.writeSeed("b.md", "# Rain\n\nWolbachia stops the virus from multiplying inside the mosquito.\nRain fell on Monday.\n");
        wb.ingest.ingest(wb.seedFolder);

        assertThat(model.embedded()).as("three sentences of a.md, one new one of b.md").isEqualTo(4);
        List<Claim> both = wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).stream()
                .filter(c -> c.text().startsWith("Wolbachia")).toList();
        assertThat(both).hasSize(2).allSatisfy(c -> assertThat(c.modelScore()).isEqualTo(0.9));
        assertThat(wb.embeddings.byFingerprint("test-hash-16", both.stream().map(Claim::fingerprint).toList()))
                .hasSize(2);
    }

    @Test
    void vectorsOfAnotherEncoderAreNotReused() {
        wb.writeSeed("a.md", ARTICLE);
        wb.ingest.ingest(wb.seedFolder);
        String fingerprint = claim("Wolbachia").fingerprint();

        assertThat(wb.embeddings.byFingerprint("test-hash-16", List.of(fingerprint))).containsOnlyKeys(fingerprint);
        assertThat(wb.embeddings.byFingerprint("another-encoder", List.of(fingerprint))).isEmpty();

        new io.factdesk.db.Transactions(wb.database).inTransaction(
                () -> wb.embeddings.store("another-encoder", java.util.Map.of(fingerprint, new byte[] {0, 0, 0, 0, 1})));
        assertThat(wb.embeddings.byFingerprint("another-encoder", List.of(fingerprint)).get(fingerprint))
                .containsExactly(0, 0, 0, 0, 1);
        assertThat(wb.embeddings.byFingerprint("test-hash-16", List.of(fingerprint))).as("replaced").isEmpty();
    }
}
