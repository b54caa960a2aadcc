package io.factdesk.db;

import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;

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
}
