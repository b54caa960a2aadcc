package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V13 on a roster that V11 let hold two active names differing only in case: the first added stays active,
 * the later one is marked removed (its row, and so its history, kept), and the new index opens.
 */
class OneNamePerMemberMigrationTest {

    @TempDir
    Path dir;

    @Test
    void theLaterCaseVariantIsRemovedAndTheFirstKept() throws Exception {
        Path file = dir.resolve("v12.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("12").load().migrate();
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate("insert into team_member (id, name, role, added_at) values (1, 'Lan', 'REVIEWER', '2025-01-01T00:00:00Z')");
            s.executeUpdate("insert into team_member (id, name, role, added_at) values (2, 'lan', 'REVIEWER', '2025-01-02T00:00:00Z')");
            s.executeUpdate("insert into team_member (id, name, role, added_at) values (3, 'Minh', 'EDITOR', '2025-01-03T00:00:00Z')");
        }
        Database.open(DatabaseLocation.parse(String.valueOf(file))).close();          // migrates to the newest version
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement();
             var r = s.executeQuery("select name, removed_at is null from team_member order by id")) {
            while (r.next()) {
                rows.add(r.getString(1) + "=" + (r.getBoolean(2) ? "active" : "removed"));
            }
        }
        assertThat(rows).containsExactly("Lan=active", "lan=removed", "Minh=active");
    }
}
