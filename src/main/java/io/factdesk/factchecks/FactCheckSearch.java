package io.factdesk.factchecks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import io.factdesk.db.FullTextSearch.Term;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Full-text search over the claims fact-checks reviewed, accents and case ignored, as {@code claims search} does
 * for the workbench's claims ({@link io.factdesk.db.FullTextSearch}): FTS5 over fact_check_fts on SQLite, the
 * stored tsvector fact_check.search_vector (simple words through unaccent) on PostgreSQL. Each engine writes
 * its own query from the terms, which are letters and digits only and bound as a value, so nothing typed is
 * query syntax.
 */
interface FactCheckSearch {

    /** Fact-checks whose claim holds every term. */
    Condition matches(Field<Long> factCheckId, List<Term> terms);

    static FactCheckSearch of(SQLDialect dialect) {
        return dialect.family() == SQLDialect.POSTGRES ? new Postgres() : new Sqlite();
    }

    /** Every word (letters and digits) must match; a trailing '*' makes it a prefix, as in {@code claims search}. */
    static List<Term> terms(String text) {
        List<Term> terms = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+(\\*)?").matcher(text);
        while (m.find()) {
            terms.add(new Term(m.group().replace("*", ""), m.group(1) != null));
        }
        if (terms.isEmpty()) {
            throw FactdeskException.badInput("search text '" + TerminalText.safe(text) + "' has no words to look for");
        }
        return terms;
    }

    /** V15's fact_check_fts: unicode61 with diacritics removed; each word a quoted FTS5 term. */
    final class Sqlite implements FactCheckSearch {
        @Override
        public Condition matches(Field<Long> factCheckId, List<Term> terms) {
            String query = terms.stream().map(t -> "\"" + t.word() + "\"" + (t.prefix() ? "*" : ""))
                    .collect(Collectors.joining(" "));
            return DSL.condition("{0} in (select rowid from fact_check_fts where fact_check_fts match {1})",
                    factCheckId, DSL.val(query));
        }
    }

    /** V15's fact_check.search_vector under the factdesk_search configuration, with its GIN index. */
    final class Postgres implements FactCheckSearch {
        @Override
        public Condition matches(Field<Long> factCheckId, List<Term> terms) {
            String query = terms.stream().map(t -> "'" + t.word() + "'" + (t.prefix() ? ":*" : ""))
                    .collect(Collectors.joining(" & "));
            return DSL.condition("{0} in (select f.id from fact_check f where f.search_vector"
                    + " @@ to_tsquery('factdesk_search', {1}))", factCheckId, DSL.val(query));
        }
    }
}
