package io.factdesk.factchecks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimMatchRepository;
import io.factdesk.claims.ClaimMatching;
import io.factdesk.claims.EmbeddingCodec;
import io.factdesk.claims.MatchIndex;
import io.factdesk.claims.SentenceClassifier;
import io.factdesk.db.Transactions;

/**
 * Matches the workbench's queue claims against the library of published fact-checks, with the same encoder,
 * rule and blocking as claims among themselves: after an import (the new entries are encoded first) and after an
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
        List<MatchIndex.Entry> entries = new ArrayList<>(library.vectors(encoder));
        if (entries.isEmpty()) {
            return;
        }
        entries.addAll(claimVectors.activeVectors(encoder));
        List<LibraryMatchRepository.Pair> pairs = new ArrayList<>();
        // Claims among themselves are matched by the ingest: only a library entry and a claim are compared here.
        for (MatchIndex.Pair p : MatchIndex.pairs(entries, ClaimMatching.THRESHOLD,
                (a, b) -> (a.claimId() < 0) != (b.claimId() < 0))) {
            // Library entries carry negated ids: a pair across the two has its smaller, negative id first.
            if (p.first() < 0 && p.second() > 0) {
                pairs.add(new LibraryMatchRepository.Pair(p.second(), -p.first(), p.similarity()));
            }
        }
        transactions.inTransaction(() -> library.replaceMatches(pairs));
    }
}
