package io.factdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.factdesk.claims.CheckWorthinessScorer;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ClaimService;
import io.factdesk.claims.DuplicateGroupRepository;
import io.factdesk.claims.SentenceSegmenter;
import io.factdesk.claimviews.ClaimViewService;
import io.factdesk.db.Database;
import io.factdesk.db.Transactions;
import io.factdesk.importing.ImportBatchRepository;
import io.factdesk.importing.ImportService;
import io.factdesk.seeds.SeedIngestService;
import io.factdesk.seeds.SeedRepository;
import io.factdesk.support.Clock;
import io.factdesk.verdicts.VerdictRepository;
import io.factdesk.verdicts.VerdictService;

/**
 * The core wired by hand over a real, Flyway-migrated database (an SQLite file, or a fresh database on
 * the test PostgreSQL server): no Spring context. The clock ticks one second per call, so times in tests
 * are fixed and ordered.
 */
public final class TestWorkbench implements AutoCloseable {

    public final Database database;
    public final SeedRepository seeds;
    public final ClaimRepository claims;
    public final VerdictRepository verdicts;
    public final DuplicateGroupRepository groups;
    public final ClaimService claimService;
    public final ClaimViewService claimViews;
    public final VerdictService verdictService;
    public final io.factdesk.verdicts.GroupVerdictService groupVerdicts;
    public final SeedIngestService ingest;
    public final io.factdesk.claims.ClaimEmbeddingRepository embeddings;
    public final io.factdesk.claims.ClaimMatchRepository matches;
    public final io.factdesk.claims.ClaimMatchService matchService;
    public final io.factdesk.factchecks.LibraryMatchRepository library;
    public final io.factdesk.factchecks.LibraryMatching libraryMatching;
    public final ImportService importService;
    public final io.factdesk.team.Roster roster;
    public final io.factdesk.team.TeamService team;
    public final Path seedFolder;
    public final io.factdesk.team.PolicyService policy;
    public final io.factdesk.assignment.AssignmentService assignments;
    public final io.factdesk.review.ReviewQueue reviewQueue;
    public final io.factdesk.claimviews.BlindReview blind;
    public final io.factdesk.desk.DeskService desk;

    public TestWorkbench(Path dir) {
        this(TestEngine.SQLITE, dir);
    }

    public TestWorkbench(TestEngine engine, Path dir) {
        this(engine.newDatabase(dir), dir);
    }

    /** A workbench whose ingest asks {@code model} beside the rules (others: the rules alone). */
    public TestWorkbench(TestEngine engine, Path dir, io.factdesk.claims.SentenceClassifier model) {
        this(engine.newDatabase(dir), dir, model);
    }

    /** A workbench on an existing database: two of them on one database are two processes' connections. */
    public TestWorkbench(io.factdesk.db.DatabaseLocation location, Path dir) {
        this(location, dir, io.factdesk.claims.SentenceClassifier.NONE);
    }

    public TestWorkbench(io.factdesk.db.DatabaseLocation location, Path dir, io.factdesk.claims.SentenceClassifier model) {
        this.database = Database.open(location);
        this.seedFolder = dir.resolve("seeds");
        AtomicLong tick = new AtomicLong(Instant.parse("2025-03-01T00:00:00Z").getEpochSecond());
        Clock clock = () -> Instant.ofEpochSecond(tick.getAndIncrement());
        Transactions tx = new Transactions(database);
        seeds = new SeedRepository(database);
        claims = new ClaimRepository(database);
        verdicts = new VerdictRepository(database);
        groups = new DuplicateGroupRepository(database);
        claimService = new ClaimService(claims);
        embeddings = new io.factdesk.claims.ClaimEmbeddingRepository(database);
        matches = new io.factdesk.claims.ClaimMatchRepository(database);
        matchService = new io.factdesk.claims.ClaimMatchService(matches, tx);
        library = new io.factdesk.factchecks.LibraryMatchRepository(database);
        libraryMatching = new io.factdesk.factchecks.LibraryMatching(model, matchService, library, tx);
        claimViews = new ClaimViewService(claims, verdicts, groups, new io.factdesk.claimviews.DeskStepRepository(database),
                matches, library);
        var members = new io.factdesk.team.TeamMemberRepository(database);
        roster = new io.factdesk.team.Roster(members);
        team = new io.factdesk.team.TeamService(members, tx, clock);
        verdictService = new VerdictService(verdicts, claims, tx, clock, roster);
        groupVerdicts = new io.factdesk.verdicts.GroupVerdictService(verdictService, verdicts, groups, matches, tx);
        ingest = new SeedIngestService(new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2),
                seeds, new io.factdesk.claims.SeedClaimsRepository(database), groups,
                new io.factdesk.claims.ModelScoring(model, embeddings), embeddings, matches,
                matchService, libraryMatching, tx, clock);
        importService = new ImportService(claims, verdicts, new ImportBatchRepository(database),
                new io.factdesk.importing.ImportedVerdictRepository(database), tx, clock, roster);
        policy = new io.factdesk.team.PolicyService(new io.factdesk.team.ReviewPolicyRepository(database), tx);
        assignments = new io.factdesk.assignment.AssignmentService(new io.factdesk.assignment.DeskLogRepository(database),
                claims, policy, tx, clock, roster);
        reviewQueue = new io.factdesk.review.ReviewQueue(claims, new io.factdesk.review.LeaseRepository(database), policy,
                tx, clock);
        blind = new io.factdesk.claimviews.BlindReview(policy, new io.factdesk.claimviews.RevealLogRepository(database),
                tx, clock);
        desk = new io.factdesk.desk.DeskService(claims, claimViews, new io.factdesk.claimviews.DeskStepRepository(database),
                new io.factdesk.desk.SignOffRepository(database), policy, roster, tx, clock);
    }

    public void writeSeed(String name, String text) {
        try {
            Files.createDirectories(seedFolder.resolve(name).getParent());
            Files.writeString(seedFolder.resolve(name), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ingests one seed with two check-worthy sentences and returns their claim ids, in queue order. */
    public java.util.List<Long> twoPendingClaims() {
        writeSeed("a.txt", "Title line\nExports rose 12% in 2024. Imports fell by 3% last year.\n");
        ingest.ingest(seedFolder);
        return claims.list(io.factdesk.claims.ClaimQuery.of(io.factdesk.claims.StatusFilter.PENDING, null)).stream()
                .map(io.factdesk.claims.Claim::id).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
