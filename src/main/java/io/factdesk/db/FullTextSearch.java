package io.factdesk.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSeekStep1;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Full-text search, accents and case ignored, over the texts of claims and of the claims fact-checks reviewed:
 * FTS5 on SQLite, a stored tsvector with a GIN index on PostgreSQL. What a user types becomes {@link Term}s,
 * letters and digits only, and each engine writes its own query from them, bound as a value: nothing typed is
 * query syntax.
 */
public interface FullTextSearch {

    /** The texts with a full-text index: the table's id is the index's row. */
    enum Index {
        /** claim_fts on SQLite; the GIN index claim_search on PostgreSQL; both over claim.search_text. */
        CLAIMS("claim_fts", "claim"),
        /** fact_check_fts; fact_check_search; both over fact_check.search_text. */
        FACT_CHECKS("fact_check_fts", "fact_check");

        final String ftsTable;
        final String table;

        Index(String ftsTable, String table) {
            this.ftsTable = ftsTable;
            this.table = table;
        }
    }

    /** One folded word ({@link SearchText}) to look for; {@code prefix} when the reviewer typed a trailing '*'. */
    record Term(String word, boolean prefix) {
        public Term {
            if (word == null || !word.matches("[\\p{L}\\p{N}\\p{M}]+")) {
                throw new IllegalArgumentException("a search term is letters and digits only");
            }
        }
    }

    /** The rows of the index's table (by {@code id}) whose text holds every term. */
    Condition matches(Index index, Field<Long> id, List<Term> terms);

    /**
     * Every word typed is a term that must match, folded as the index's text is ({@link SearchText}); a
     * trailing '*' makes the last word before it a prefix.
     */
    static List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        Matcher m = Pattern.compile("([^*]+)(\\*)?|\\*").matcher(text);
        while (m.find()) {
            String folded = m.group(1) == null ? "" : SearchText.fold(m.group(1));
            if (folded.isEmpty()) {
                continue;
            }
            String[] words = folded.split(" ");
            for (int i = 0; i < words.length; i++) {
                boolean last = i == words.length - 1;
                terms.add(new Term(words[i], last && m.group(2) != null && !Character.isWhitespace(lastChar(m.group(1)))));
            }
        }
        if (terms.isEmpty()) {
            throw FactdeskException.badInput("search text '" + TerminalText.safe(text) + "' has no words to look for");
        }
        return terms;
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }

    /**
     * A query over claims narrowed to those whose text holds every term and to {@code others}, in
     * claim-id order, for a page of search results: each engine reads its index the way a page comes
     * cheapest (SQLite's full-text index, for one, can hand its matches over in id order, so a page of a
     * common word stops after the page instead of first collecting and sorting every match).
     */
    <R extends Record> SelectSeekStep1<R, Long> inIdOrder(SelectJoinStep<R> claims, Field<Long> claimId,
                                                          List<Term> terms, Condition others);
}
