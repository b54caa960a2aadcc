package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;

/**
 * A page of search results on SQLite: the full-text index drives the query in claim-id order, so the
 * page ends the scan; collecting every match first and sorting them made a common word's first page
 * cost as much as its whole result.
 */
class SqliteFullTextSearchTest {

    private static final Field<Long> ID = DSL.field(DSL.name("claim", "id"), Long.class);
    private static final Field<String> STATUS = DSL.field(DSL.name("claim", "status"), String.class);

    @TempDir
    Path dir;
    TestWorkbench wb;
    DSLContext dsl;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024, the ministry said. Exports fell 3% in 2023, the ministry said.\n"
                + "Imports rose 5% in 2022, the office said. Exports doubled by 2021, the ministry said.\n");
        wb.ingest.ingest(wb.seedFolder);
        dsl = wb.database.dsl();
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private org.jooq.SelectLimitStep<org.jooq.Record1<Long>> page(String... words) {
        List<FullTextSearch.Term> terms = java.util.Arrays.stream(words).map(w -> new FullTextSearch.Term(w, false)).toList();
        return new SqliteFullTextSearch().inIdOrder(dsl.select(ID).from(DSL.table(DSL.name("claim"))), ID, terms,
                STATUS.in("PENDING", "REVIEWED"));
    }

    @Test
    void theIndexHandsOverItsMatchesInIdOrderWithoutASort() {
        String sql = page("exports", "ministry").limit(2).getSQL(ParamType.INLINED);
        List<String> plan = dsl.fetch("explain query plan " + sql).getValues("detail", String.class);

        assertThat(plan.get(0)).startsWith("SCAN claim_fts");
        assertThat(plan).noneMatch(step -> step.contains("TEMP B-TREE"));
    }

    @Test
    void aPageHoldsTheMatchingClaimsInIdOrder() {
        List<Long> all = dsl.select(ID).from(DSL.table(DSL.name("claim")))
                .where(DSL.condition("claim.text like 'Exports%ministry%'")).orderBy(ID).fetch(org.jooq.Record1::value1);

        assertThat(all).hasSize(3);
        assertThat(page("exports", "ministry").limit(2).fetch(org.jooq.Record1::value1)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(page("exports", "ministry").limit(2).offset(2).fetch(org.jooq.Record1::value1)).containsExactly(all.get(2));
        assertThat(page("imports", "ministry").fetch()).isEmpty();
    }
}
