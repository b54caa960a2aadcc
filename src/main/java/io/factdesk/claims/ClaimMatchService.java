package io.factdesk.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        List<byte[]> stored = matches.centroids(encoder);
        List<MatchIndex.Entry> fresh = matches.unfiled(encoder);
        if (fresh.isEmpty()) {
            return new Update(0, 0, false);
        }
        boolean retrain = stored.isEmpty();
        VectorLists lists = retrain ? null : new VectorLists(stored.stream().map(EmbeddingCodec::decode).toList());
        if (!retrain) {
            retrain = VectorLists.outgrown(lists.size(), matches.activeCount(encoder));
        }
        if (retrain) {
            List<MatchIndex.Entry> all = matches.activeVectors(encoder);
            lists = VectorLists.train(all.stream().map(e -> EmbeddingCodec.decode(e.vector())).toList(),
                    VectorLists.listsFor(all.size()));
            List<byte[]> centroids = lists.centroids().stream().map(EmbeddingCodec::encode).toList();
            transactions.inTransaction(() -> matches.restart(encoder, centroids));
            fresh = all;
        }
        VectorLists index = lists;
        List<MatchIndex.Packed> packed = fresh.stream().map(MatchIndex.Packed::new).toList();
        Map<Long, Integer> filing = new HashMap<>();
        for (MatchIndex.Packed p : packed) {
            filing.put(p.entry().claimId(), index.listOf(p.vector()));
        }
        // The same text has the same vector, so the same list and probes: each text is compared once.
        List<MatchIndex.TextGroup> freshTexts = MatchIndex.groups(packed);
        Map<MatchIndex.TextGroup, int[]> probes = new HashMap<>();
        Set<Integer> needed = new TreeSet<>();
        for (MatchIndex.TextGroup g : freshTexts) {
            int[] around = index.probes(g.first().vector());
            probes.put(g, around);
            for (int list : around) {
                needed.add(list);
            }
        }
        Map<Integer, List<MatchIndex.Packed>> members = new HashMap<>();
        matches.inLists(encoder, needed).forEach((list, entries) -> members.put(list,
                new ArrayList<>(entries.stream().map(MatchIndex.Packed::new).toList())));
        // The new claims are compared with each other too: each goes into its list before the comparisons.
        packed.forEach(p -> members.computeIfAbsent(filing.get(p.entry().claimId()), k -> new ArrayList<>()).add(p));
        Map<Integer, List<MatchIndex.TextGroup>> listTexts = new HashMap<>();
        members.forEach((list, entries) -> listTexts.put(list, MatchIndex.groups(entries)));
        Set<MatchIndex.Pair> found = ConcurrentHashMap.newKeySet();
        freshTexts.parallelStream().forEach(g -> {
            List<MatchIndex.TextGroup> candidates = new ArrayList<>();
            for (int list : probes.get(g)) {
                candidates.addAll(listTexts.getOrDefault(list, List.of()));
            }
            List<MatchIndex.Hit> hits = MatchIndex.hits(g.first(), candidates, ClaimMatching.THRESHOLD);
            for (long id : g.ids()) {
                found.addAll(MatchIndex.best(id, hits, MatchIndex.KEPT));
            }
        });
        boolean retrained = retrain;
        transactions.inTransaction(() -> {
            matches.file(filing);
            matches.add(found);
        });
        return new Update(packed.size(), found.size(), retrained);
    }
}
