package io.factdesk.seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimCandidate;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.SeedClaimsRepository;
import io.factdesk.claims.ClaimEmbeddingRepository;
import io.factdesk.claims.ClaimMatchRepository;
import io.factdesk.claims.DuplicateGroupRepository;
import io.factdesk.claims.ModelScoring;
import io.factdesk.claims.NearDuplicateFinder;
import io.factdesk.support.FactdeskException;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;

/**
 * Brings the database in line with the seeds folder. Unchanged files are skipped by
 * content hash. In a changed file, a claim whose sentence is still there keeps its id and
 * verdicts; a claim whose sentence is gone is marked stale, never deleted. A seed whose file
 * is gone from the folder is treated as a change that removed every sentence: all its claims
 * are marked stale (verdicts kept) and the seed is marked removed; when the file comes back,
 * it is read again like a changed seed, and the claims whose sentences are still in it return.
 * Seeds are written in chunks, one transaction each, so a seed is never half-written.
 */
@Service
public class SeedIngestService {

    private static final int CHUNK = 256;

    private final SeedFolderReader reader = new SeedFolderReader();
    private final SeedMetadataExtractor metadataExtractor = new SeedMetadataExtractor();
    private final ClaimExtractor extractor;
    private final SeedRepository seeds;
    private final SeedClaimsRepository claims;
    private final DuplicateGroupRepository groups;
    private final ModelScoring model;
    private final ClaimEmbeddingRepository embeddings;
    private final ClaimMatchRepository matches;
    private final io.factdesk.claims.ClaimMatchService matchService;
    private final io.factdesk.factchecks.LibraryMatching libraryMatching;
    private final NearDuplicateFinder duplicateFinder = new NearDuplicateFinder(NearDuplicateFinder.DEFAULT_THRESHOLD);
    private final Transactions transactions;
    private final Clock clock;

    public SeedIngestService(ClaimExtractor extractor, SeedRepository seeds, SeedClaimsRepository claims,
                             DuplicateGroupRepository groups, ModelScoring model, ClaimEmbeddingRepository embeddings,
                             ClaimMatchRepository matches, io.factdesk.claims.ClaimMatchService matchService,
                             io.factdesk.factchecks.LibraryMatching libraryMatching, Transactions transactions,
                             Clock clock) {
        this.matches = matches;
        this.matchService = matchService;
        this.libraryMatching = libraryMatching;
        this.extractor = extractor;
        this.seeds = seeds;
        this.claims = claims;
        this.groups = groups;
        this.model = model;
        this.embeddings = embeddings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public IngestReport ingest(Path folder) {
        return ingest(folder, true);
    }

    /**
     * @param emptyFolderRemoves whether a folder with no articles at all marks every seed removed. The
     *                           ingest on start says no: an empty folder there is more likely the wrong
     *                           folder (or one not mounted) than every article deleted, so it warns and
     *                           leaves the seeds as they are; an explicit 'seeds ingest' says yes.
     */
    public IngestReport ingest(Path folder, boolean emptyFolderRemoves) {
        List<String> warnings = new ArrayList<>();
        List<SeedFile> files = reader.read(folder, warnings::add);
        Map<String, String> current = seeds.hashesByName(ClaimExtractor.VERSION);
        java.util.Set<String> wasRemoved = seeds.removedNames();
        List<String> events = new ArrayList<>();
        List<SeedFile> changed = files.stream().filter(f -> !f.contentHash().equals(current.get(f.name()))).toList();
        int[] totals = new int[7];
        List<String> addedToQueue = new ArrayList<>();
        totals[2] = files.size() - changed.size();
        // Extraction is CPU-bound and independent per file, so it runs on the pool while this
        // thread writes the previous chunk. A chunk of seeds is written in one transaction:
        // each seed is still all there or not at all, and a commit per seed would cost more
        // than the writing itself. Chunks also bound the memory.
        CompletableFuture<List<Prepared>> next = prepareAsync(changed, 0);
        for (int from = 0; from < changed.size(); from += CHUNK) {
            List<Prepared> prepared = new ArrayList<>();
            for (Prepared p : next.join()) {
                if (p.failure() == null) {
                    prepared.add(p);
                } else {
                    warnings.add(p.file().name() + ": skipped, its text could not be split into claims (" + p.failure() + ")");
                }
            }
            next = prepareAsync(changed, from + CHUNK);
            // The model is asked outside the write transaction: encoding takes seconds that nobody should wait on.
            Map<String, byte[]> vectors = withModel(prepared, warnings);
            List<int[]> counts = transactions.inTransaction(() -> {
                List<int[]> stored = prepared.stream().map(p -> store(p, addedToQueue)).toList();
                embeddings.store(model.encoder(), vectors);
                return stored;
            });
            for (int i = 0; i < prepared.size(); i++) {
                String name = prepared.get(i).file().name();
                totals[counts.get(i)[3]]++;
                totals[3] += counts.get(i)[0];
                totals[4] += counts.get(i)[1];
                totals[5] += counts.get(i)[2];
                if (wasRemoved.contains(name) && counts.get(i)[3] != 2) {
                    events.add("seed " + name + " is back: " + counts.get(i)[1] + " claims active again");
                }
            }
        }
        markRemoved(folder, files, emptyFolderRemoves, warnings, events, totals);
        IngestReport report = new IngestReport(totals[0], totals[1], totals[2], totals[6], totals[3], totals[4],
                totals[5], 0, warnings, events);
        if (!report.changedAnything()) {
            return report;
        }
        // Groups span seeds, so any change to any seed can change them: recompute them all. Matches are found
        // for the claims no matching has seen yet; pairs with a claim that went stale stay, unseen, in case it
        // comes back.
        transactions.inTransaction(() -> groups.replaceAll(duplicateFinder.groups(groups.activeTexts())));
        matchService.update(model.encoder());
        libraryMatching.refresh();
        int matched = matches.countMatchingJudged(addedToQueue);
        transactions.afterBulkWrite(totals[3]);
        return report.withClaimsMatched(matched);
    }

    /**
     * Seeds whose file is no longer in the folder: their claims are marked stale, in one transaction
     * per seed. A file that is still there but was skipped (unreadable, binary, too large, a link) has
     * already been warned about and is left as it was.
     */
    private void markRemoved(Path folder, List<SeedFile> files, boolean emptyFolderRemoves, List<String> warnings,
                             List<String> events, int[] totals) {
        java.util.Set<String> read = new java.util.HashSet<>();
        files.forEach(f -> read.add(f.name()));
        List<Map.Entry<String, Long>> gone = seeds.presentIdsByName().entrySet().stream()
                .filter(e -> !read.contains(e.getKey()))
                // Gone only when the file is known not to be there: one inside a folder that cannot be read now
                // (permissions, a path too long) may well be, and is left as it was too.
                .filter(e -> java.nio.file.Files.notExists(folder.resolve(e.getKey()), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .sorted(Map.Entry.comparingByKey())
                .toList();
        if (files.isEmpty() && !gone.isEmpty() && !emptyFolderRemoves) {
            warnings.add("seeds folder " + folder + " has no articles; the " + gone.size()
                    + " seeds already ingested are left as they are (run 'seeds ingest' to mark them removed)");
            return;
        }
        for (Map.Entry<String, Long> seed : gone) {
            // -1: another process (a second shell starting at the same moment) got there first.
            int stale = transactions.inTransaction(() -> seeds.markRemoved(seed.getValue(), clock.nowMillis())
                    ? claims.markSeedStale(seed.getValue()) : -1);
            if (stale < 0) {
                continue;
            }
            totals[5] += stale;
            totals[6]++;
            events.add("seed " + seed.getKey() + " removed: " + stale + " claims marked stale (their verdicts are kept)");
        }
    }

    /**
     * Replaces each seed's candidates with the model's decision on them, and returns the vectors it computed. A
     * model that cannot be used (its encoder fails to load) leaves the rules to decide alone, with one warning.
     */
    private Map<String, byte[]> withModel(List<Prepared> prepared, List<String> warnings) {
        if (modelFailed != null) {
            return Map.of();
        }
        List<ClaimCandidate> all = new ArrayList<>();
        prepared.forEach(p -> all.addAll(p.candidates()));
        ModelScoring.Scored scored;
        try {
            scored = model.score(all);
        } catch (FactdeskException e) {
            modelFailed = e.getMessage();
            warnings.add(modelFailed + "; claims are scored by the rules alone");
            return Map.of();
        }
        int from = 0;
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            int to = from + p.candidates().size();
            prepared.set(i, new Prepared(p.file(), p.meta(), scored.candidates().subList(from, to), null));
            from = to;
        }
        return scored.newVectors();
    }

    /** Why the model could not be used, once it has failed in this process: it is not tried again. */
    private volatile String modelFailed;

    /** A seed ready to store, or one that could not be read into claims ({@code failure} says why). */
    private record Prepared(SeedFile file, SeedMetadata meta, List<ClaimCandidate> candidates, String failure) {
    }

    private CompletableFuture<List<Prepared>> prepareAsync(List<SeedFile> files, int from) {
        if (from >= files.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<SeedFile> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
        return CompletableFuture.supplyAsync(() -> chunk.parallelStream().map(this::prepare).toList());
    }

    /**
     * One seed's metadata and claims. The rules are meant to take any text in time and stack in proportion to
     * its length; should one seed still defeat them, that seed is left out (and named) rather than every command
     * failing on every start.
     */
    private Prepared prepare(SeedFile file) {
        try {
            SeedMetadata meta = metadataExtractor.extract(file.text());
            return new Prepared(file, meta, extractor.extract(file.name(), file.text(), meta.byline()), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Prepared(file, null, List.of(), e.getClass().getSimpleName());
        }
    }

    /**
     * Returns {claims added, kept, marked stale, and the seed's count: 0 added, 1 changed, 2 unchanged}; the
     * fingerprints of the new claims in the queue go to {@code addedToQueue}. Whether the seed is new or already
     * stored as it is now is read here, inside the write transaction: another process may have stored it since
     * the ingest began.
     */
    private int[] store(Prepared p, List<String> addedToQueue) {
        java.time.Instant now = clock.nowMillis();
        SeedFile file = p.file();
        if (seeds.isCurrent(file.name(), file.contentHash(), ClaimExtractor.VERSION)) {
            return new int[] {0, 0, 0, 2};
        }
        var existingId = seeds.idOf(file.name());
        long seedId;
        Map<String, Long> previous;
        if (existingId.isPresent()) {
            seedId = existingId.get();
            seeds.update(seedId, file, p.meta(), now);
            previous = new HashMap<>(claims.idsByFingerprint(seedId));
        } else {
            seedId = seeds.insert(file, p.meta(), now);
            previous = new HashMap<>();
        }
        List<ClaimCandidate> added = new ArrayList<>();
        int kept = 0;
        for (ClaimCandidate c : p.candidates()) {
            Long claimId = previous.remove(c.fingerprint());
            if (claimId == null) {
                added.add(c);
            } else {
                claims.refresh(claimId, c);
                kept++;
            }
        }
        claims.insertAll(seedId, file.name(), added, now);
        added.stream().filter(ClaimCandidate::checkworthy).forEach(c -> addedToQueue.add(c.fingerprint()));
        int stale = claims.markStale(previous.values());
        return new int[] {added.size(), kept, stale, existingId.isPresent() ? 1 : 0};
    }
}
