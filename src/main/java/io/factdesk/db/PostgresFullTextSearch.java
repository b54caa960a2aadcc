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
 * The table's search_vector: a stored tsvector of its search_text ({@link SearchText}'s folded words, split at
 * spaces by the simple configuration), with a GIN index. Terms are letters, digits and marks only, so the query string
 * needs no quoting beyond what is written here; it is bound as a value.
 */
final class PostgresFullTextSearch implements FullTextSearch {

    @Override
    public Condition matches(Index index, Field<Long> id, List<Term> terms) {
        String query = terms.stream().map(t -> "'" + t.word() + "'" + (t.prefix() ? ":*" : ""))
                .collect(Collectors.joining(" & "));
        return DSL.condition("{0} in (select t.id from {1} t where t.search_vector"
                + " @@ to_tsquery('simple'::regconfig, {2}))", id, DSL.name(index.table), DSL.val(query));
    }

    @Override
    public <R extends Record> SelectSeekStep1<R, Long> inIdOrder(SelectJoinStep<R> claims, Field<Long> claimId,
                                                                 List<Term> terms, Condition others) {
        return claims.where(matches(Index.CLAIMS, claimId, terms), others).orderBy(claimId);
    }
}
