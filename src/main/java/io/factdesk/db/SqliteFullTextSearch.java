package io.factdesk.db;

import java.util.List;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSeekStep1;
import org.jooq.impl.DSL;

/**
 * FTS5 over search_text (V20's claim_fts and fact_check_fts: {@link SearchText}'s folded words, which unicode61
 * splits at spaces). Every word becomes a quoted
 * term, all of which must match, so that nothing a reviewer types is FTS5 syntax; a prefix term keeps its '*'.
 */
final class SqliteFullTextSearch implements FullTextSearch {

    // FTS5 tables are not in the generated schema; the query text is always a bind value.
    private static final Field<Long> ROWID = DSL.field(DSL.name("claim_fts", "rowid"), Long.class);

    @Override
    public Condition matches(Index index, Field<Long> id, List<Term> terms) {
        return DSL.condition("{0} in (select rowid from {1} where {1} match {2})", id, DSL.name(index.ftsTable),
                DSL.val(query(terms)));
    }

    /**
     * Joined to the index and ordered by its rowid, SQLite walks the matches in rowid order and stops at
     * the page's end. Ordered by the claim's id instead, or filtered with "id in (select rowid ...)", it
     * collects every match and sorts them before the first row of the page.
     */
    @Override
    public <R extends Record> SelectSeekStep1<R, Long> inIdOrder(SelectJoinStep<R> claims, Field<Long> claimId,
                                                                 List<Term> terms, Condition others) {
        return claims.join(DSL.table(DSL.name("claim_fts"))).on(ROWID.eq(claimId))
                .where(DSL.condition("claim_fts match {0}", DSL.val(query(terms))), others)
                .orderBy(ROWID);
    }

    private static String query(List<Term> terms) {
        return terms.stream().map(t -> "\"" + t.word() + "\"" + (t.prefix() ? "*" : ""))
                .collect(Collectors.joining(" "));
    }
}
