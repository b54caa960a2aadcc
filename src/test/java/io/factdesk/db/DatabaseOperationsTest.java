package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

class DatabaseOperationsTest {

    @TempDir
    Path dir;

    @Test
    void checkStatsAndOnlineBackup() throws Exception {
        try (TestWorkbench wb = new TestWorkbench(dir)) {
            wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024.\n");
            wb.ingest.ingest(wb.seedFolder);
            Maintenance maintenance = wb.database.maintenance();
            assertThat(Database.check(wb.database.location())).isEmpty();
            assertThat(new TableCountsRepository(wb.database).counts().claims()).isEqualTo(2);
            Path copy = dir.resolve("copy.db");
            maintenance.backupTo(copy);
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 var rs = c.createStatement().executeQuery("select count(*) from claim")) {
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(DatabaseLocation.parse(String.valueOf(file))).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) values (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'someone', 0, 1)");
        }
        assertThatThrownBy(() -> Database.open(DatabaseLocation.parse(String.valueOf(file))))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessageContaining("was written by a newer version of factdesk");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("select count(*) from flyway_schema_history where version = '99'")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
