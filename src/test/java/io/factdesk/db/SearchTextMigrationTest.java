package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V21 on a workbench made before V20: its claims and fact-checks get their folded words, and search finds them. */
class SearchTextMigrationTest {

    @TempDir
    Path dir;

    @Test
    void claimsAndFactChecksAlreadyThereBecomeSearchable() throws Exception {
        Path file = dir.resolve("v19.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("19").load().migrate();
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate("insert into seed (id, name, content_hash, title, body, ingested_at) values (1, 'a.txt', 'x', 'T', 'b', '2025-01-01T00:00:00Z')");
            s.executeUpdate("insert into claim (id, seed_id, seed_name, fingerprint, created_at, position, start_offset, end_offset,"
                    + " text, score, reasons, claim_type, checkworthy) values (1, 1, 'a.txt', 'f', '2025-01-01T00:00:00Z', 0, 0, 10,"
                    + " 'Đà Nẵng grew 5%.', 0.9, '', 'STATISTIC', 1)");
            s.executeUpdate("insert into fact_check (id, claim_reviewed, review_url, publisher_name, imported_at, source_file)"
                    + " values (1, 'Die Straße ist neu', 'https://x.org/1', 'X', '2025-01-01T00:00:00Z', 'f.jsonl')");
        }
        try (Database database = Database.open(DatabaseLocation.parse(String.valueOf(file)))) {
            var search = database.fullTextSearch();
            var claims = database.dsl().select(io.factdesk.jooq.Tables.CLAIM.ID).from(io.factdesk.jooq.Tables.CLAIM)
                    .where(search.matches(FullTextSearch.Index.CLAIMS, io.factdesk.jooq.Tables.CLAIM.ID,
                            FullTextSearch.terms("da nang")))
                    .fetch(io.factdesk.jooq.Tables.CLAIM.ID);
            var factChecks = database.dsl().select(io.factdesk.jooq.Tables.FACT_CHECK.ID).from(io.factdesk.jooq.Tables.FACT_CHECK)
                    .where(search.matches(FullTextSearch.Index.FACT_CHECKS, io.factdesk.jooq.Tables.FACT_CHECK.ID,
                            FullTextSearch.terms("strasse")))
                    .fetch(io.factdesk.jooq.Tables.FACT_CHECK.ID);
            assertThat(claims).containsExactly(1L);
            assertThat(factChecks).containsExactly(1L);
        }
    }
}
