package io.factdesk.factchecks;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Service;

import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;

/**
 * Imports ClaimReview files into the library, all or nothing, and reads it. A file is parsed and every
 * review checked before anything is written; a file with any problem writes nothing. A clean file is written
 * in one transaction, each review unless its URL is in the library already (the table's unique key decides,
 * so two imports at the same moment cannot store one review twice).
 */
@Service
public class FactCheckService {

    /**
     * What an import did: reviews in the file, newly stored, already in the library, and how many claims match a
     * library entry once the new ones were matched (null when nothing was added, so nothing was matched); or the
     * file's problems.
     */
    public record Imported(String file, int read, int added, int alreadyThere, Integer claimsMatched, List<String> problems) {
        public Imported {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final FactCheckRepository factChecks;
    private final Transactions transactions;
    private final Clock clock;

    private LibraryMatching matching;

    /** Set by Spring after construction: the matching that runs after an import that added entries. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    public void setMatching(LibraryMatching matching) {
        this.matching = matching;
    }

    public FactCheckService(FactCheckRepository factChecks, Transactions transactions, Clock clock) {
        this.factChecks = factChecks;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param name the file as messages show it, already safe for the terminal */
    public Imported importFile(Path file, String name) {
        ClaimReviewFile.Parsed parsed = ClaimReviewFile.read(file, name);
        if (!parsed.problems().isEmpty()) {
            return new Imported(name, parsed.reviews().size(), 0, 0, null, parsed.problems());
        }
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int added = transactions.inTransaction(() -> {
            var now = clock.nowMillis();
            int stored = 0;
            for (NewFactCheck review : parsed.reviews()) {
                stored += factChecks.insert(review, source, now) ? 1 : 0;
            }
            return stored;
        });
        Integer claimsMatched = added > 0 && matching != null ? matching.refresh() : null;
        return new Imported(name, parsed.reviews().size(), added, parsed.reviews().size() - added, claimsMatched, List.of());
    }

    /** The newest fact-checks first; {@link FactCheckRepository#NO_LIMIT} for all. */
    public List<FactCheck> list(int limit) {
        return factChecks.newest(limit);
    }

    /** Fact-checks whose claim holds every word typed (any case, accents ignored, {@code word*} for a prefix). */
    public List<FactCheck> search(String words, int limit) {
        return factChecks.search(io.factdesk.db.FullTextSearch.terms(words), limit);
    }
}
