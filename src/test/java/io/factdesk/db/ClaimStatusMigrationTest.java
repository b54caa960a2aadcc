package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status column (V6) on a database that already has verdicts: the migration must derive the
 * same statuses the old query did, and the triggers must keep them as the log grows.
 */
class ClaimStatusMigrationTest {

    @TempDir
    Path dir;

    @Test
    void existingVerdictsAndRetractionsGiveTheSameStatusesAfterTheMigration() throws Exception {
        Path file = dir.resolve("v5.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate("insert into seed (id, name, content_hash, title, body, ingested_at) values (1, 'a.txt', 'h', 't', '', 'now')");
            for (int id = 1; id <= 5; id++) {
                s.executeUpdate("insert into claim (id, seed_id, position, start_offset, end_offset, text, fingerprint, score,"
                        + " reasons, claim_type, checkworthy, stale, created_at) values (" + id + ", 1, " + id + ", 0, 0, 'c"
                        + id + "', 'f" + id + "', 0.5, '', 'OTHER', " + (id == 4 ? 0 : 1) + ", " + (id == 5 ? 1 : 0) + ", 'now')");
            }
            verdict(s, 1, 1, null);          // claim 1: reviewed
            verdict(s, 2, 2, null);          // claim 2: verdict taken back -> pending again
            verdict(s, 3, 2, 2);
            verdict(s, 4, 5, null);          // claim 5: stale wins over its verdict
        }
        Database.open(DatabaseLocation.parse(String.valueOf(file))).close();          // migrates to the newest version
        assertThat(statuses(url)).containsExactly(Map.entry(1, "REVIEWED"), Map.entry(2, "PENDING"),
                Map.entry(3, "PENDING"), Map.entry(4, "HELD"), Map.entry(5, "STALE"));

        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            verdict(s, 10, 3, null);         // new verdict on 3
            verdict(s, 11, 1, 1);            // claim 1's only verdict taken back
            s.executeUpdate("update claim set promoted = 1 where id = 4");
            s.executeUpdate("update claim set stale = 0 where id = 5");
        }
        assertThat(statuses(url)).containsExactly(Map.entry(1, "PENDING"), Map.entry(2, "PENDING"),
                Map.entry(3, "REVIEWED"), Map.entry(4, "PENDING"), Map.entry(5, "REVIEWED"));
    }

    private static void verdict(java.sql.Statement s, int id, int claim, Integer retracts) throws Exception {
        s.executeUpdate(retracts == null
                ? "insert into verdict (id, claim_id, kind, rating, reviewer, os_user, reviewed_at, recorded_at)"
                  + " values (" + id + ", " + claim + ", 'VERDICT', 'TRUE', 'Lan', 'u', 'now', 'now')"
                : "insert into verdict (id, claim_id, kind, reviewer, os_user, reviewed_at, recorded_at, retracts_id)"
                  + " values (" + id + ", " + claim + ", 'RETRACTION', 'Lan', 'u', 'now', 'now', " + retracts + ")");
    }

    private static Map<Integer, String> statuses(String url) throws Exception {
        Map<Integer, String> result = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url);
             var rs = c.createStatement().executeQuery("select id, status from claim order by id")) {
            while (rs.next()) {
                result.put(rs.getInt(1), rs.getString(2));
            }
        }
        return result;
    }
}
