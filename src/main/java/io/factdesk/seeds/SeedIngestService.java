package io.factdesk.seeds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimCandidate;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.DuplicateGroupRepository;
import io.factdesk.claims.NearDuplicateFinder;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;

/**
 * Brings the database in line with the seeds folder. Unchanged files are skipped by
 * content hash. In a changed file, a claim whose sentence is still there keeps its id and
 * verdicts; a claim whose sentence is gone is marked stale, never deleted. Each seed is
 * written in one transaction.
 */
@Service
public class SeedIngestService {

    private final SeedFolderReader reader = new SeedFolderReader();
    private final SeedMetadataExtractor metadataExtractor = new SeedMetadataExtractor();
    private final ClaimExtractor extractor;
    private final SeedRepository seeds;
    private final ClaimRepository claims;
    private final DuplicateGroupRepository groups;
    private final NearDuplicateFinder duplicateFinder = new NearDuplicateFinder(NearDuplicateFinder.DEFAULT_THRESHOLD);
    private final Transactions transactions;
    private final Clock clock;

    public SeedIngestService(ClaimExtractor extractor, SeedRepository seeds, ClaimRepository claims,
                             DuplicateGroupRepository groups, Transactions transactions, Clock clock) {
        this.extractor = extractor;
        this.seeds = seeds;
        this.claims = claims;
        this.groups = groups;
        this.transactions = transactions;
        this.clock = clock;
    }

    public IngestReport ingest(Path folder) {
        List<String> warnings = new ArrayList<>();
        List<SeedFile> files = reader.read(folder, warnings::add);
        Map<String, String> known = seeds.hashesByName();
        int[] totals = new int[6];
        for (SeedFile file : files) {
            String knownHash = known.get(file.name());
            if (file.contentHash().equals(knownHash)) {
                totals[2]++;
                continue;
            }
            int[] counts = transactions.inTransaction(() -> store(file));
            totals[knownHash == null ? 0 : 1]++;
            totals[3] += counts[0];
            totals[4] += counts[1];
            totals[5] += counts[2];
        }
        IngestReport report = new IngestReport(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], warnings);
        if (report.changedAnything()) {
            // Groups span seeds, so any change to any seed can change them: recompute them all.
            transactions.inTransaction(() -> groups.replaceAll(duplicateFinder.groups(groups.activeTexts())));
        }
        return report;
    }

    /** Returns {added, kept, marked stale}. */
    private int[] store(SeedFile file) {
        String now = clock.nowText();
        SeedMetadata meta = metadataExtractor.extract(file.text());
        List<ClaimCandidate> candidates = extractor.extract(file.name(), file.text(), meta.byline());
        var existingId = seeds.idOf(file.name());
        int seedId;
        Map<String, Integer> previous;
        if (existingId.isPresent()) {
            seedId = existingId.get();
            seeds.update(seedId, file, meta, now);
            previous = new HashMap<>(claims.idsByFingerprint(seedId));
        } else {
            seedId = seeds.insert(file, meta, now);
            previous = new HashMap<>();
        }
        int added = 0;
        int kept = 0;
        for (ClaimCandidate c : candidates) {
            Integer claimId = previous.remove(c.fingerprint());
            if (claimId == null) {
                claims.insert(seedId, c, now);
                added++;
            } else {
                claims.refresh(claimId, c);
                kept++;
            }
        }
        int stale = claims.markStale(previous.values());
        return new int[] {added, kept, stale};
    }
}
