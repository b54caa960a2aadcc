package io.factdesk.factchecks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimMatchRepository;
import io.factdesk.claims.ClaimMatching;
import io.factdesk.claims.EmbeddingCodec;
import io.factdesk.claims.MatchIndex;
import io.factdesk.claims.SentenceClassifier;
import io.factdesk.claims.VectorLists;
import io.factdesk.db.Transactions;

/**
 * Matches the workbench's queue claims against the library of published fact-checks, with the same encoder,
 * rule and index as claims among themselves: after an import (the new entries are encoded first) and after an
 * ingest that changed anything.
 */
@Service
public class LibraryMatching {

    private final SentenceClassifier model;
    private final ClaimMatchRepository claimVectors;
    private final LibraryMatchRepository library;
    private final Transactions transactions;

    public LibraryMatching(SentenceClassifier model, ClaimMatchRepository claimVectors, LibraryMatchRepository library,
                           Transactions transactions) {
        this.model = model;
        this.claimVectors = claimVectors;
        this.library = library;
        this.transactions = transactions;
    }

    /** Encodes the entries that have no vector yet and rebuilds every claim's library matches. */
    public void refresh() {
        String encoder = model.encoder();
        Map<Long, String> missing = library.withoutVector(encoder);
        List<Long> ids = missing.keySet().stream().filter(id -> model.understands(missing.get(id))).toList();
        if (!ids.isEmpty()) {
            List<float[]> vectors = model.embed(ids.stream().map(missing::get).toList());
            Map<Long, byte[]> stored = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                stored.put(ids.get(i), EmbeddingCodec.encode(vectors.get(i)));
            }
            transactions.inTransaction(() -> library.storeVectors(encoder, stored));
        }
        List<MatchIndex.Entry> entries = library.vectors(encoder);
        List<byte[]> centroids = claimVectors.centroids(encoder);
        if (entries.isEmpty() || centroids.isEmpty()) {
            transactions.inTransaction(() -> library.replaceMatches(List.of()));
            return;
        }
        // Each entry is looked for among the claims filed under the lists around it, as a new claim would be.
        VectorLists lists = new VectorLists(centroids.stream().map(EmbeddingCodec::decode).toList());
        List<MatchIndex.Packed> packed = entries.stream().map(MatchIndex.Packed::new).toList();
        Map<MatchIndex.Packed, int[]> probes = new HashMap<>();
        Set<Integer> needed = new TreeSet<>();
        for (MatchIndex.Packed p : packed) {
            int[] around = lists.probes(p.vector());
            probes.put(p, around);
            Arrays.stream(around).forEach(needed::add);
        }
        Map<Integer, List<MatchIndex.TextGroup>> members = new HashMap<>();
        claimVectors.inLists(encoder, needed).forEach((list, claims) ->
                members.put(list, MatchIndex.groups(claims.stream().map(MatchIndex.Packed::new).toList())));
        List<LibraryMatchRepository.Pair> pairs = java.util.Collections.synchronizedList(new ArrayList<>());
        packed.parallelStream().forEach(p -> {
            List<MatchIndex.TextGroup> candidates = new ArrayList<>();
            for (int list : probes.get(p)) {
                candidates.addAll(members.getOrDefault(list, List.of()));
            }
            // Every claim an entry matches keeps it, however many: the entry's negated id comes first in a pair.
            List<MatchIndex.Hit> hits = MatchIndex.hits(p, candidates, ClaimMatching.THRESHOLD);
            for (MatchIndex.Pair m : MatchIndex.best(p.entry().claimId(), hits, Integer.MAX_VALUE)) {
                pairs.add(new LibraryMatchRepository.Pair(m.second(), -m.first(), m.similarity()));
            }
        });
        transactions.inTransaction(() -> library.replaceMatches(pairs));
    }
}
