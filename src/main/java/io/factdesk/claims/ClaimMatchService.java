package io.factdesk.claims;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import io.factdesk.db.Transactions;

/**
 * Keeps the semantic matches between queue claims up to date after an ingest, comparing only what is new: each
 * claim no matching has seen yet is filed under its closest list and compared with the members of the lists
 * around it ({@link VectorLists}), new claims and old alike. When the queue has outgrown the index (it has four
 * times the claims it was trained on), the lists are trained again and every claim is matched afresh.
 */
@Service
public class ClaimMatchService {

    private final ClaimMatchRepository matches;
    private final Transactions transactions;

    public ClaimMatchService(ClaimMatchRepository matches, Transactions transactions) {
        this.matches = matches;
        this.transactions = transactions;
    }

    /** What one update did: the claims it compared, and the pairs it found among them and the others. */
    public record Update(int claimsCompared, int pairsFound, boolean retrained) {
    }

    public Update update(String encoder) {
        if (matches.unfiledCount(encoder) == 0) {
            return new Update(0, 0, false);
        }
        VectorLists lists = lists(encoder).orElse(null);
        boolean retrain = lists == null || VectorLists.outgrown(lists.size(), matches.activeCount(encoder));
        // Matching afresh reads every claim; otherwise the new ones alone. Never both at once: a large ingest's
        // claims, twice over, would not fit the heap.
        List<MatchIndex.Entry> fresh;
        if (retrain) {
            fresh = matches.activeVectors(encoder);
            lists = VectorLists.train(decodedOnRead(fresh), VectorLists.listsFor(fresh.size()));
            List<byte[]> centroids = lists.centroids().stream().map(EmbeddingCodec::encode).toList();
            transactions.inTransaction(() -> matches.restart(encoder, centroids));
        } else {
            fresh = matches.unfiled(encoder);
        }
        // The same text has the same vector, so the same list and probes: each text is compared once, and its
        // claims are filed under its first probe, the closest list.
        List<MatchIndex.TextGroup> freshTexts = MatchIndex.groups(fresh.stream().map(MatchIndex.Packed::new).toList());
        Map<MatchIndex.Packed, int[]> probes = new HashMap<>();
        Map<Long, Integer> filing = new HashMap<>();
        Map<Integer, List<MatchIndex.Packed>> added = new HashMap<>();
        for (MatchIndex.TextGroup g : freshTexts) {
            int[] around = lists.probes(g.first().vector());
            probes.put(g.first(), around);
            for (long id : g.ids()) {
                filing.put(id, around[0]);
            }
            // The new claims are compared with each other too, as members of their lists.
            for (MatchIndex.Packed p : g.members()) {
                added.computeIfAbsent(around[0], k -> new ArrayList<>()).add(p);
            }
        }
        Map<MatchIndex.Packed, List<MatchIndex.Hit>> hits = hitsAround(encoder, probes, added);
        Set<MatchIndex.Pair> found = ConcurrentHashMap.newKeySet();
        freshTexts.parallelStream().forEach(g -> {
            for (long id : g.ids()) {
                found.addAll(MatchIndex.best(id, hits.get(g.first()), MatchIndex.KEPT));
            }
        });
        transactions.inTransaction(() -> {
            matches.file(filing);
            matches.add(found);
        });
        return new Update(fresh.size(), found.size(), retrain);
    }

    /**
     * The entries' vectors, each decoded when read: training samples a few per list, and all of them as floats
     * at once would not fit the heap of a large ingest.
     */
    private static List<float[]> decodedOnRead(List<MatchIndex.Entry> entries) {
        return new AbstractList<>() {
            @Override
            public float[] get(int index) {
                return EmbeddingCodec.decode(entries.get(index).vector());
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /** The index's lists for this encoder, or empty before the first matching. */
    public Optional<VectorLists> lists(String encoder) {
        List<byte[]> stored = matches.centroids(encoder);
        return stored.isEmpty() ? Optional.empty()
                : Optional.of(new VectorLists(stored.stream().map(EmbeddingCodec::decode).toList()));
    }

    /**
     * For each vector, the groups of active claims in the lists it probes that it matches ({@link MatchIndex#hits}):
     * the claims filed under those lists, read once for all the vectors, and {@code added}, claims not filed yet,
     * by the list they go under. The work goes list by list, each list's members compared with every vector that
     * probes it while they are in the cache, through a {@link ListBlock} when enough vectors probe it.
     */
    public Map<MatchIndex.Packed, List<MatchIndex.Hit>> hitsAround(String encoder, Map<MatchIndex.Packed, int[]> probes,
                                                                   Map<Integer, List<MatchIndex.Packed>> added) {
        Map<Integer, List<MatchIndex.Packed>> probing = new TreeMap<>();
        probes.forEach((vector, around) -> Arrays.stream(around)
                .forEach(list -> probing.computeIfAbsent(list, k -> new ArrayList<>()).add(vector)));
        Map<Integer, List<MatchIndex.Packed>> members = new HashMap<>();
        matches.inLists(encoder, probing.keySet()).forEach((list, entries) -> members.put(list,
                new ArrayList<>(entries.stream().map(MatchIndex.Packed::new).toList())));
        added.forEach((list, claims) -> members.computeIfAbsent(list, k -> new ArrayList<>()).addAll(claims));
        Map<MatchIndex.Packed, List<MatchIndex.Hit>> out = new ConcurrentHashMap<>();
        probes.keySet().forEach(vector -> out.put(vector, Collections.synchronizedList(new ArrayList<>())));
        probing.entrySet().parallelStream().forEach(e -> {
            List<MatchIndex.TextGroup> candidates = MatchIndex.groups(members.getOrDefault(e.getKey(), List.of()));
            if (candidates.isEmpty()) {
                return;
            }
            ListBlock block = e.getValue().size() < ListBlock.WORTH_IT ? null : new ListBlock(candidates);
            for (MatchIndex.Packed vector : e.getValue()) {
                out.get(vector).addAll(block == null ? MatchIndex.hits(vector, candidates, ClaimMatching.THRESHOLD)
                        : block.hits(vector, ClaimMatching.THRESHOLD));
            }
        });
        return out;
    }
}
