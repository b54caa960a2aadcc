package io.factdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import io.factdesk.claims.ClaimMatchRepository;
import io.factdesk.claims.ClaimMatching;
import io.factdesk.claims.EmbeddingCodec;
import io.factdesk.claims.MatchIndex;
import io.factdesk.db.Database;
import io.factdesk.db.DatabaseLocation;

/**
 * The semantic-matching benchmark (run by scripts/bench-match) on a workbench that ingested with the model:
 * {@code DB [SAMPLE]}. Times the whole rebuild of the matches (what an ingest pays), a claim's stored matches
 * as 'claims show' reads them, and measures the blocking's recall against an exact scan of a sample of claims
 * against every other.
 */
public final class BenchMatching {

    private BenchMatching() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchMatching DB [SAMPLE]");
            System.exit(2);
        }
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (Database db = Database.open(DatabaseLocation.parse(args[0]))) {
            ClaimMatchRepository matches = new ClaimMatchRepository(db);
            String encoder = new LearnedCheckWorthiness().encoder();
            long t0 = System.nanoTime();
            List<MatchIndex.Entry> entries = matches.activeVectors(encoder);
            double readMs = (System.nanoTime() - t0) / 1e6;
            List<Double> rebuild = new ArrayList<>();
            List<MatchIndex.Pair> pairs = List.of();
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                pairs = MatchIndex.pairs(entries, ClaimMatching.THRESHOLD);
                rebuild.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "claims with vectors: %d (read in %.0f ms); matching pairs: %d%n", entries.size(),
                    readMs, pairs.size());
            System.out.printf(Locale.ROOT, "rebuild of every match (blocking + exact check), median of 3: %.0f ms%n",
                    median(rebuild));

            Random random = new Random(7);
            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < Math.min(sample, entries.size()); i++) {
                picked.add(random.nextInt(entries.size()));
            }
            Set<Long> blocked = new HashSet<>();
            pairs.forEach(p -> blocked.add((p.first() << 32) | p.second()));
            int exact = 0;
            int found = 0;
            int exactOther = 0;
            int foundOther = 0;
            long t = System.nanoTime();
            for (int i : picked) {
                MatchIndex.Entry a = entries.get(i);
                float[] va = EmbeddingCodec.decode(a.vector());
                for (MatchIndex.Entry b : entries) {
                    if (b.claimId() == a.claimId()) {
                        continue;
                    }
                    if (ClaimMatching.decide(a.text(), va, b.text(), EmbeddingCodec.decode(b.vector()),
                            ClaimMatching.THRESHOLD).matches()) {
                        exact++;
                        long x = Math.min(a.claimId(), b.claimId());
                        long y = Math.max(a.claimId(), b.claimId());
                        boolean same = normalised(a.text()).equals(normalised(b.text()));
                        exactOther += same ? 0 : 1;
                        if (blocked.contains((x << 32) | y)) {
                            found++;
                            foundOther += same ? 0 : 1;
                        }
                    }
                }
            }
            double scanMs = (System.nanoTime() - t) / 1e6 / Math.max(1, picked.size());
            System.out.printf(Locale.ROOT, "exact scan of %d claims against all: %d matching pairs, %d of them found by the"
                    + " blocking (recall %.3f); one claim's exact scan %.1f ms%n", picked.size(), exact, found,
                    exact == 0 ? 1.0 : (double) found / exact, scanMs);
            System.out.printf(Locale.ROOT, "  of those, pairs whose texts differ (not the same sentence again): %d, %d found"
                    + " (recall %.3f)%n", exactOther, foundOther, exactOther == 0 ? 1.0 : (double) foundOther / exactOther);

            List<Double> lookups = new ArrayList<>();
            for (int i : picked) {
                long s = System.nanoTime();
                matches.judgedMatches(entries.get(i).claimId(), 5);
                lookups.add((System.nanoTime() - s) / 1e6);
            }
            Collections.sort(lookups);
            System.out.printf(Locale.ROOT, "a claim's stored matches (claims show), %d claims: median %.2f ms, p95 %.2f ms%n",
                    lookups.size(), median(lookups), lookups.get((int) Math.floor(0.95 * (lookups.size() - 1))));
        }
        System.exit(0);
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}\\d]+", " ").strip();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
