package io.factdesk.factchecks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimMatchService;
import io.factdesk.claims.EmbeddingCodec;
import io.factdesk.claims.MatchIndex;
import io.factdesk.claims.SentenceClassifier;
import io.factdesk.db.Transactions;

/**
 * Matches the workbench's queue claims against the library of published fact-checks, with the same encoder,
 * rule and index as claims among themselves: after an import (the new entries are encoded first) and after an
 * ingest that changed anything.
 */
@Service
public class LibraryMatching {

    private final SentenceClassifier model;
    private final ClaimMatchService claimMatching;
    private final LibraryMatchRepository library;
    private final Transactions transactions;

    public LibraryMatching(SentenceClassifier model, ClaimMatchService claimMatching, LibraryMatchRepository library,
                           Transactions transactions) {
        this.model = model;
        this.claimMatching = claimMatching;
        this.library = library;
        this.transactions = transactions;
    }

    /**
     * Encodes the entries that have no vector yet and rebuilds every claim's library matches.
     *
     * @return how many claims match a library entry now
     */
    public int refresh() {
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
        var lists = claimMatching.lists(encoder);
        if (entries.isEmpty() || lists.isEmpty()) {
            transactions.inTransaction(() -> library.replaceMatches(List.of()));
            return 0;
        }
        // Each entry is looked for among the claims filed under the lists around it, as a new claim would be.
        Map<MatchIndex.Packed, int[]> probes = new HashMap<>();
        for (MatchIndex.Entry e : entries) {
            MatchIndex.Packed p = new MatchIndex.Packed(e);
            probes.put(p, lists.get().probes(p.vector()));
        }
        List<LibraryMatchRepository.Pair> pairs = new ArrayList<>();
        claimMatching.hitsAround(encoder, probes, Map.of()).forEach((entry, hits) -> {
            // Every claim an entry matches keeps it, however many: the entry's negated id comes first in a pair.
            for (MatchIndex.Pair m : MatchIndex.best(entry.entry().claimId(), hits, Integer.MAX_VALUE)) {
                pairs.add(new LibraryMatchRepository.Pair(m.second(), -m.first(), m.similarity()));
            }
        });
        transactions.inTransaction(() -> library.replaceMatches(pairs));
        return (int) pairs.stream().mapToLong(LibraryMatchRepository.Pair::claimId).distinct().count();
    }
}
