package io.factdesk.db;

import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSeekStep1;

/**
 * Full-text search over claim texts, accents ignored: FTS5 on SQLite, a tsvector with a GIN index on
 * PostgreSQL. The terms are bound as values, never spliced into the SQL.
 */
public interface FullTextSearch {

    /** One word to look for; {@code prefix} when the reviewer typed a trailing '*'. */
    record Term(String word, boolean prefix) {
        public Term {
            if (word == null || !word.matches("[\\p{L}\\p{N}]+")) {
                throw new IllegalArgumentException("a search term is letters and digits only");
            }
        }
    }

    /** Claims whose text holds every term. */
    Condition matches(Field<Long> claimId, List<Term> terms);

    /**
     * A query over claims narrowed to those whose text holds every term and to {@code others}, in
     * claim-id order, for a page of search results: each engine reads its index the way a page comes
     * cheapest (SQLite's full-text index, for one, can hand its matches over in id order, so a page of a
     * common word stops after the page instead of first collecting and sorting every match).
     */
    <R extends Record> SelectSeekStep1<R, Long> inIdOrder(SelectJoinStep<R> claims, Field<Long> claimId,
                                                          List<Term> terms, Condition others);
}
