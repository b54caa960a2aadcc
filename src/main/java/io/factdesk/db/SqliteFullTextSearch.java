package io.factdesk.db;

import java.util.List;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * FTS5 (V4's claim_fts, unicode61 with diacritics removed). Every word becomes a quoted term, all of
 * which must match, so that nothing a reviewer types is FTS5 syntax; a prefix term keeps its '*'.
 */
final class SqliteFullTextSearch implements FullTextSearch {

    @Override
    public Condition matches(Field<Long> claimId, List<Term> terms) {
        String query = terms.stream().map(t -> "\"" + t.word() + "\"" + (t.prefix() ? "*" : ""))
                .collect(Collectors.joining(" "));
        // FTS5 tables are not in the generated schema; the query text is a bind value.
        return DSL.condition("{0} in (select rowid from claim_fts where claim_fts match {1})", claimId, DSL.val(query));
    }
}
