package io.factdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.factdesk.claims.ClaimMatchRepository;
import io.factdesk.claims.ClaimMatchService;
import io.factdesk.claims.ClaimMatching;
import io.factdesk.claims.EmbeddingCodec;
import io.factdesk.claims.MatchIndex;
import io.factdesk.claims.VectorLists;
import io.factdesk.db.Database;
import io.factdesk.db.DatabaseLocation;
import io.factdesk.db.Transactions;

/**
 * The semantic-matching benchmark (run by scripts/bench-match) on a workbench that ingested with the model:
 * {@code DB [SAMPLE] [RUNS]}. Times the matching of every claim from scratch (what an ingest of that many new claims
 * pays), the matching of one new claim against all the others through the database, and measures the index's
 * recall against an exact scan of a sample of claims against every other.
 */
public final class BenchMatching {

    private BenchMatching() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: BenchMatching DB [SAMPLE] [RUNS]");
            System.exit(2);
        }
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (Database db = Database.open(DatabaseLocation.parse(args[0]))) {
            ClaimMatchRepository matches = new ClaimMatchRepository(db);
            Transactions transactions = new Transactions(db);
            ClaimMatchService service = new ClaimMatchService(matches, transactions);
            String encoder = new LearnedCheckWorthiness().encoder();
            long t0 = System.nanoTime();
            List<MatchIndex.Entry> entries = matches.activeVectors(encoder);
            double readMs = (System.nanoTime() - t0) / 1e6;
            List<Double> rebuild = new ArrayList<>();
            ClaimMatchService.Update update = null;
            for (int run = 0; run < runs; run++) {
                transactions.inTransaction(() -> matches.restart(encoder, List.of()));
                long t = System.nanoTime();
                update = service.update(encoder);
                rebuild.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(Locale.ROOT, "claims with vectors: %d, distinct texts: %d (read in %.0f ms); lists: %d;"
                    + " pairs stored: %d%n", entries.size(), MatchIndex.groups(entries.stream().map(MatchIndex.Packed::new)
                    .toList()).size(), readMs, matches.centroids(encoder).size(), update == null ? -1 : update.pairsFound());
            System.out.printf(Locale.ROOT, "matching every claim from scratch (train the lists, file, compare, store),"
                    + " median of %d: %.0f ms (runs: %s)%n", runs, median(rebuild), rebuild.stream()
                    .map(d -> String.format(Locale.ROOT, "%.0f", d)).toList());

            Random random = new Random(7);
            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < Math.min(sample, entries.size()); i++) {
                picked.add(random.nextInt(entries.size()));
            }
            recall(entries, picked, matches);
            lookups(entries, picked, matches, encoder);
        }
        System.exit(0);
    }

    /** The index's recall: of each sampled claim's exact best matches (as many as are kept), how many are stored. */
    private static void recall(List<MatchIndex.Entry> entries, List<Integer> picked, ClaimMatchRepository matches) {
        List<MatchIndex.Packed> all = entries.stream().map(MatchIndex.Packed::new).toList();
        int exact = 0;
        int found = 0;
        int exactOther = 0;
        int foundOther = 0;
        long t = System.nanoTime();
        Map<Long, String> texts = new HashMap<>();
        entries.forEach(e -> texts.put(e.claimId(), e.text()));
        for (int i : picked) {
            MatchIndex.Packed a = all.get(i);
            long id = a.entry().claimId();
            List<MatchIndex.Pair> best = MatchIndex.matches(a, all, ClaimMatching.THRESHOLD, MatchIndex.KEPT);
            Set<Long> stored = new HashSet<>(matches.matchesOf(id));
            for (MatchIndex.Pair p : best) {
                long other = p.first() == id ? p.second() : p.first();
                boolean same = normalised(a.entry().text()).equals(normalised(texts.get(other)));
                exact++;
                exactOther += same ? 0 : 1;
                if (stored.contains(other)) {
                    found++;
                    foundOther += same ? 0 : 1;
                }
            }
        }
        double scanMs = (System.nanoTime() - t) / 1e6 / Math.max(1, picked.size());
        System.out.printf(Locale.ROOT, "exact scan of %d claims against all (their %d best matches each): %d matches,"
                + " %d of them stored (recall %.3f); one claim's exact scan %.1f ms%n", picked.size(), MatchIndex.KEPT,
                exact, found, exact == 0 ? 1.0 : (double) found / exact, scanMs);
        System.out.printf(Locale.ROOT, "  of those, matches whose texts differ (not the same sentence again): %d, %d"
                + " stored (recall %.3f)%n", exactOther, foundOther, exactOther == 0 ? 1.0 : (double) foundOther / exactOther);
    }

    /** One new claim matched against every other through the database, as an ingest of one article does it. */
    private static void lookups(List<MatchIndex.Entry> entries, List<Integer> picked, ClaimMatchRepository matches,
                                String encoder) {
        VectorLists lists = new VectorLists(matches.centroids(encoder).stream().map(EmbeddingCodec::decode).toList());
        List<Double> times = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        List<Integer> compared = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            times.clear();
            reads.clear();
            compared.clear();
            for (int i : picked) {
                long s = System.nanoTime();
                MatchIndex.Packed claim = new MatchIndex.Packed(entries.get(i));
                List<Integer> probes = java.util.Arrays.stream(lists.probes(claim.vector())).boxed().toList();
                List<MatchIndex.Packed> candidates = new ArrayList<>();
                long r = System.nanoTime();
                matches.inLists(encoder, probes).values()
                        .forEach(l -> l.forEach(e -> candidates.add(new MatchIndex.Packed(e))));
                reads.add((System.nanoTime() - r) / 1e6);
                MatchIndex.matches(claim, candidates, ClaimMatching.THRESHOLD, MatchIndex.KEPT);
                times.add((System.nanoTime() - s) / 1e6);
                compared.add(candidates.size());
            }
        }
        Collections.sort(times);
        compared.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "one new claim's matches (probe %d lists, read their claims, compare), %d claims,"
                + " second round: median %.1f ms, p95 %.1f ms (reading the lists' claims: median %.1f ms);"
                + " claims compared: median %d of %d%n", VectorLists.PROBES, times.size(), median(times),
                times.get((int) Math.floor(0.95 * (times.size() - 1))), median(reads), compared.get(compared.size() / 2),
                entries.size());
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}\\d]+", " ").strip();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }
}
