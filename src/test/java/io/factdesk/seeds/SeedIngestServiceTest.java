package io.factdesk.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.CheckWorthinessScorer;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimCandidate;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.SeedClaimsRepository;
import io.factdesk.claims.SentenceSegmenter;
import io.factdesk.claims.StatusFilter;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;
import io.factdesk.TestEngine;

@ParameterizedClass
@EnumSource(TestEngine.class)
class SeedIngestServiceTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    @Test
    void ingestsTheProjectSeedsAndIsIdempotent() throws Exception {
        Files.createDirectories(wb.seedFolder);
        for (Path p : Files.list(Path.of("seeds")).toList()) {
            Files.copy(p, wb.seedFolder.resolve(p.getFileName()));
        }
        IngestReport first = wb.ingest.ingest(wb.seedFolder);
        assertThat(first.seedsAdded()).isEqualTo(2);
        assertThat(first.claimsAdded()).isGreaterThan(100);

        IngestReport again = wb.ingest.ingest(wb.seedFolder);
        assertThat(again.changedAnything()).isFalse();
        assertThat(again.seedsUnchanged()).isEqualTo(2);

        List<Claim> queue = wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null));
        assertThat(queue).extracting(Claim::text)
                .anySatisfy(t -> assertThat(t).startsWith("It’s evident that the Party’s General Secretary, Mr. To Lam, signed"))
                .noneSatisfy(t -> assertThat(t).isEqualTo("Mr."));
        Seed interview = wb.seeds.list().get(1);
        assertThat(interview.metadata().publishedOn()).isEqualTo("2025-02-05");
        assertThat(interview.metadata().sourceUrl()).startsWith("https://dantri.com.vn/");
        assertThat(interview.metadata().title()).isEqualTo("Resolution 57: A Pillar for Transforming Vietnam’s Future");
    }

    @Test
    void changedSeedsKeepVerdictsAddNewSentencesAndMarkVanishedOnesStale() {
        wb.writeSeed("a.md", "# Title\n\nExports rose 12% in 2024. Imports fell by 3% last year.\n");
        wb.ingest.ingest(wb.seedFolder);
        Claim exports = wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null)).get(0);
        wb.verdictService.record(new VerdictInput(new ClaimId(exports.id()), Rating.TRUE,
                List.of(new EvidenceUrl("https://stats.example.org")), new Note("ok"), new ReviewerName("lan"), null));

        wb.writeSeed("a.md", "# Title\n\nA new first sentence says 40% agree. Exports rose 12% in 2024.\n");
        IngestReport report = wb.ingest.ingest(wb.seedFolder);

        assertThat(report.seedsChanged()).isEqualTo(1);
        assertThat(report.claimsKept()).isEqualTo(2);
        assertThat(report.claimsAdded()).isEqualTo(1);
        assertThat(report.claimsMarkedStale()).isEqualTo(1);
        Claim kept = wb.claims.find(new ClaimId(exports.id())).orElseThrow();
        assertThat(kept.status()).isEqualTo(ClaimStatus.REVIEWED);
        assertThat(kept.position()).isEqualTo(3);
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.STALE, null))).extracting(Claim::text)
                .containsExactly("Imports fell by 3% last year.");
    }

    @Test
    void aDeletedSeedMarksItsClaimsStaleKeepsTheirVerdictsAndSaysSo() throws Exception {
        wb.writeSeed("a.md", "# Title\n\nExports rose 12% in 2024. Imports fell by 3% last year.\n");
        wb.writeSeed("b.md", "# Other\n\nUnemployment fell to 2% in 2023.\n");
        wb.ingest.ingest(wb.seedFolder);
        List<Claim> ofA = wb.claims.list(ClaimQuery.of(StatusFilter.ALL, "a.md"));
        Claim exports = ofA.stream().filter(c -> c.text().startsWith("Exports")).findFirst().orElseThrow();
        var verdict = wb.verdictService.record(new VerdictInput(new ClaimId(exports.id()), Rating.TRUE,
                List.of(new EvidenceUrl("https://stats.example.org")), new Note("ok"), new ReviewerName("lan"), null));

        Files.delete(wb.seedFolder.resolve("a.md"));
        IngestReport report = wb.ingest.ingest(wb.seedFolder);

        assertThat(report.seedsRemoved()).isEqualTo(1);
        assertThat(report.claimsMarkedStale()).isEqualTo(ofA.size());
        assertThat(report.events()).containsExactly("seed a.md removed: " + ofA.size()
                + " claims marked stale (their verdicts are kept)");
        assertThat(report.summary()).contains("1 removed", ofA.size() + " marked stale");
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, "a.md"))).extracting(Claim::status)
                .containsOnly(ClaimStatus.STALE);
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, "b.md"))).extracting(Claim::status)
                .doesNotContain(ClaimStatus.STALE);
        assertThat(wb.verdictService.history(new ClaimId(exports.id()))).extracting(v -> v.id())
                .as("verdicts are kept").containsExactly(verdict.id());
        assertThat(wb.seeds.list()).filteredOn(s -> s.name().equals("a.md")).singleElement()
                .satisfies(s -> assertThat(s.removedAt()).isNotNull());

        IngestReport again = wb.ingest.ingest(wb.seedFolder);
        assertThat(again.changedAnything()).as("said once").isFalse();
        assertThat(again.events()).isEmpty();

        // The file comes back (changed a little): its claims return, as for a changed seed.
        wb.writeSeed("a.md", "# Title\n\nExports rose 12% in 2024. A new sentence says 40% agree.\n");
        IngestReport back = wb.ingest.ingest(wb.seedFolder);
        assertThat(back.seedsChanged()).isEqualTo(1);
        assertThat(back.events()).singleElement().asString().startsWith("seed a.md is back: ");
        Claim returned = wb.claims.find(new ClaimId(exports.id())).orElseThrow();
        assertThat(returned.status()).as("same claim id, its verdict current again").isEqualTo(ClaimStatus.REVIEWED);
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.STALE, "a.md"))).extracting(Claim::text)
                .containsExactly("Imports fell by 3% last year.");
        assertThat(wb.seeds.list()).filteredOn(s -> s.name().equals("a.md")).singleElement()
                .satisfies(s -> assertThat(s.removedAt()).isNull());
        assertThat(wb.ingest.ingest(wb.seedFolder).changedAnything()).isFalse();
    }

    @Test
    void theSameFileBroughtBackUnchangedBringsItsClaimsBack() throws Exception {
        String text = "# Title\n\nExports rose 12% in 2024.\n";
        wb.writeSeed("a.md", text);
        wb.ingest.ingest(wb.seedFolder);
        Files.delete(wb.seedFolder.resolve("a.md"));
        wb.ingest.ingest(wb.seedFolder);
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null))).isZero();

        wb.writeSeed("a.md", text);
        IngestReport back = wb.ingest.ingest(wb.seedFolder);

        assertThat(back.seedsChanged()).isEqualTo(1);
        assertThat(back.claimsMarkedStale()).isZero();
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.STALE, null))).isZero();
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null))).isEqualTo(1);
    }

    /** An empty folder on start is more likely the wrong folder than every article deleted; 'seeds ingest' means it. */
    @Test
    void anEmptyFolderRemovesNothingOnStartButAnExplicitIngestMarksTheSeedsRemoved() throws Exception {
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024.\n");
        wb.ingest.ingest(wb.seedFolder);
        Files.delete(wb.seedFolder.resolve("a.txt"));

        IngestReport onStart = wb.ingest.ingest(wb.seedFolder, false);

        assertThat(onStart.changedAnything()).isFalse();
        assertThat(onStart.warnings()).singleElement().asString()
                .endsWith("has no articles; the 1 seeds already ingested are left as they are"
                        + " (run 'seeds ingest' to mark them removed)");
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.STALE, null))).isZero();

        IngestReport explicit = wb.ingest.ingest(wb.seedFolder);
        assertThat(explicit.seedsRemoved()).isEqualTo(1);
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null))).isZero();
        assertThat(wb.ingest.ingest(wb.seedFolder, false).warnings()).as("nothing left to warn about").isEmpty();
    }

    /** A file still in the folder but skipped this time (now binary, unreadable, too large) was warned about; it is not "removed". */
    @Test
    void aSeedWhoseFileIsSkippedButStillThereIsNotRemoved() throws Exception {
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024.\n");
        wb.ingest.ingest(wb.seedFolder);
        Files.write(wb.seedFolder.resolve("a.txt"), new byte[] {1, 0, 2, 3});

        IngestReport report = wb.ingest.ingest(wb.seedFolder);

        assertThat(report.seedsRemoved()).isZero();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("a.txt: skipped, looks like a binary"));
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.STALE, null))).isZero();
    }

    @Test
    void binaryFilesAndLinksAreSkippedAndBadUtf8IsReplaced() throws Exception {
        Files.createDirectories(wb.seedFolder);
        Files.write(wb.seedFolder.resolve("bin.txt"), new byte[] {1, 0, 2, 3});
        Files.write(wb.seedFolder.resolve("latin1.txt"), "Prices\n\nCaf\u00e9 prices rose 5% in 2024.".getBytes("ISO-8859-1"));
        Files.createSymbolicLink(wb.seedFolder.resolve("link.txt"), Path.of("/etc/hostname"));
        IngestReport report = wb.ingest.ingest(wb.seedFolder);
        assertThat(report.seedsAdded()).isEqualTo(1);
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("bin.txt: skipped, looks like a binary"))
                .anySatisfy(w -> assertThat(w).contains("link.txt: skipped, a symbolic link"))
                .anySatisfy(w -> assertThat(w).contains("latin1.txt:3: invalid UTF-8 replaced"));
    }

    @Test
    void aFiftyMegabyteFileIsSkippedWithAMessageAndTheOtherSeedsAreIngested() throws Exception {
        Files.createDirectories(wb.seedFolder);
        String sentence = "Exports rose 12% in 2024, the ministry said. ";
        try (var out = Files.newBufferedWriter(wb.seedFolder.resolve("dump.txt"))) {
            for (long written = 0; written < 50L << 20; written += sentence.length()) {
                out.write(sentence);
            }
        }
        wb.writeSeed("small.txt", "Title\nImports fell 3% in 2023.\n");
        IngestReport report = wb.ingest.ingest(wb.seedFolder);
        assertThat(report.seedsAdded()).isEqualTo(1);
        assertThat(report.warnings()).singleElement().asString()
                .isEqualTo("dump.txt: skipped, 50.0 MB is more than the 8 MB an article may have");
        assertThat(wb.seeds.idOf("dump.txt")).isEmpty();
    }

    @Test
    void seedsScoredByOlderRulesAreProcessedAgainKeepingTheirClaims() {
        wb.writeSeed("a.md", "# Title\n\nExports rose 12% in 2024.\n");
        wb.ingest.ingest(wb.seedFolder);
        Claim before = wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null)).get(0);
        wb.database.dsl().update(io.factdesk.jooq.Tables.SEED).set(io.factdesk.jooq.Tables.SEED.EXTRACTOR_VERSION, 0).execute();

        IngestReport report = wb.ingest.ingest(wb.seedFolder);

        assertThat(report.seedsChanged()).isEqualTo(1);
        assertThat(report.claimsKept()).isEqualTo(2);
        assertThat(report.claimsAdded()).isZero();
        assertThat(wb.claims.find(new ClaimId(before.id()))).isPresent();
        assertThat(wb.ingest.ingest(wb.seedFolder).changedAnything()).isFalse();
    }

    @Test
    void aSeedWhoseTextDefeatsTheRulesIsSkippedByNameAndTheOthersAreIngested() {
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024.\n");
        wb.writeSeed("bad.txt", "Title\nImports fell 3% last year.\n");
        ClaimExtractor failsOnOne = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2) {
            @Override
            public List<ClaimCandidate> extract(String seedName, String text, String byline) {
                if (seedName.equals("bad.txt")) {
                    throw new StackOverflowError();
                }
                return super.extract(seedName, text, byline);
            }
        };
        SeedIngestService ingest = ingestWith(failsOnOne);

        IngestReport report = ingest.ingest(wb.seedFolder);

        assertThat(report.seedsAdded()).isEqualTo(1);
        assertThat(report.warnings()).containsExactly("bad.txt: skipped, its text could not be split into claims"
                + " (StackOverflowError)");
        assertThat(wb.seeds.names()).containsExactly("a.txt");
        // The next ingest with working rules takes it in.
        assertThat(wb.ingest.ingest(wb.seedFolder).seedsAdded()).isEqualTo(1);
    }

    /** The workbench's ingest, but with these rules (and no model). */
    private SeedIngestService ingestWith(ClaimExtractor rules) {
        return new SeedIngestService(rules, wb.seeds, new SeedClaimsRepository(wb.database),
                wb.groups, new io.factdesk.claims.ModelScoring(io.factdesk.claims.SentenceClassifier.NONE, wb.embeddings),
                wb.embeddings, wb.matches, new io.factdesk.claims.ClaimMatchService(wb.matches, new Transactions(wb.database)),
                wb.libraryMatching, new Transactions(wb.database), Clock.system());
    }

    @Test
    void aSeedAnotherProcessStoredMeanwhileIsCountedUnchangedNotAddedTwice() throws Exception {
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024.\n");
        wb.writeSeed("b.txt", "Title\nImports fell 3% last year.\n");
        TestWorkbench other = new TestWorkbench(wb.database.location(), dir, io.factdesk.claims.SentenceClassifier.NONE);
        try {
            java.util.concurrent.atomic.AtomicReference<IngestReport> raced = new java.util.concurrent.atomic.AtomicReference<>();
            // Another process (a second launcher started at the same moment) ingests the folder after this ingest
            // has read what the database holds and before it writes.
            ClaimExtractor racing = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2) {
                @Override
                public List<ClaimCandidate> extract(String seedName, String text, String byline) {
                    synchronized (raced) {   // the seeds are extracted side by side: the other process runs once
                        if (raced.get() == null) {
                            raced.set(other.ingest.ingest(other.seedFolder));
                        }
                    }
                    return super.extract(seedName, text, byline);
                }
            };
            SeedIngestService ingest = ingestWith(racing);
            IngestReport report = ingest.ingest(wb.seedFolder);

            assertThat(raced.get().seedsAdded()).isEqualTo(2);
            assertThat(report.seedsAdded()).as("the other process added them").isZero();
            assertThat(report.seedsChanged()).isZero();
            assertThat(report.seedsUnchanged()).isEqualTo(2);
            assertThat(report.claimsAdded()).isZero();
            assertThat(wb.seeds.names()).containsExactlyInAnyOrder("a.txt", "b.txt");
            assertThat(wb.database.dsl().fetchCount(io.factdesk.jooq.Tables.CLAIM)).as("each claim once")
                    .isEqualTo(raced.get().claimsAdded()).isPositive();
        } finally {
            other.close();
        }
    }

    @Test
    void anEntryThatCannotBeReadIsSkippedWithAWarningAndTheRestIsRead() throws Exception {
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024.\n");
        // A path longer than the system allows (4096 bytes) cannot be opened by name, whoever runs this (root
        // ignores permissions): made one folder at a time, from inside the last.
        Path deep = Files.createDirectories(wb.seedFolder.resolve("deep"));
        String name = "d".repeat(250);
        new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 18); do mkdir \"$2\" && cd \"$2\"; done"
                + " && echo 'Lost 5% of it.' > far.txt", "-", deep.toString(), name).inheritIO().start().waitFor();
        try {
            IngestReport report = wb.ingest.ingest(wb.seedFolder);

            assertThat(report.seedsAdded()).isEqualTo(1);
            assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w)
                    .startsWith("deep/" + name + "/").endsWith(": skipped, cannot be read (File name too long)"));
        } finally {
            new ProcessBuilder("rm", "-rf", deep.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void anUnreadableFolderIsSkippedWithAWarning() throws Exception {
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024.\n");
        wb.writeSeed("locked/b.txt", "Title\nImports fell 3% last year.\n");
        Path locked = wb.seedFolder.resolve("locked");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            // the build fixes user.name, so ask the file system: root reads any folder, and
            // scripts/adversarial/50-robust.sh runs this case as another user
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked) && Files.isExecutable(locked),
                    "this account reads any folder (root)");
            IngestReport report = wb.ingest.ingest(wb.seedFolder);
            assertThat(report.seedsAdded()).isEqualTo(1);
            assertThat(report.warnings()).containsExactly("locked: skipped, cannot be read (permission denied)");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void emptyFilesAndFilesOfOnlyHeadingsAreStoredWithNothingInTheQueue() {
        wb.writeSeed("empty.txt", "");
        wb.writeSeed("headings.md", "# One\n\n## Two\n\nThree Without A Stop\n");
        IngestReport report = wb.ingest.ingest(wb.seedFolder);
        assertThat(report.seedsAdded()).isEqualTo(2);
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null))).isZero();
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, "headings.md"))).extracting(Claim::status)
                .containsOnly(ClaimStatus.HELD);
        assertThat(wb.seeds.list()).extracting(s -> s.metadata().title()).contains("(untitled)", "One");
    }
}
