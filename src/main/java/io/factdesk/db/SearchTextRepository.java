package io.factdesk.db;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.FACT_CHECK;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;

/** Writes the folded search text of every claim and fact-check that has none, a page at a time. */
final class SearchTextRepository {

    private static final int PAGE = 1_000;

    private final DSLContext dsl;

    SearchTextRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void foldAll() {
        fold(CLAIM, CLAIM.ID, CLAIM.TEXT, CLAIM.SEARCH_TEXT);
        fold(FACT_CHECK, FACT_CHECK.ID, FACT_CHECK.CLAIM_REVIEWED, FACT_CHECK.SEARCH_TEXT);
    }

    private void fold(Table<?> table, Field<Long> id, Field<String> text, Field<String> searchText) {
        long after = 0;
        while (true) {
            List<Record2<Long, String>> page = dsl.select(id, text).from(table)
                    .where(id.gt(after), searchText.isNull())
                    .orderBy(id).limit(PAGE).fetch();
            if (page.isEmpty()) {
                return;
            }
            Batches.execute(dsl, dsl.update(table).set(searchText, (String) null).where(id.eq((Long) null)), page,
                    r -> new Object[] {SearchText.fold(r.value2()), r.value1()});
            after = page.get(page.size() - 1).value1();
        }
    }
}
