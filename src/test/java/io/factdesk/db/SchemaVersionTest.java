package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @Test
    void currentIsTheNewestMigrationInTheFolder() throws Exception {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SchemaVersion.CURRENT).isEqualTo(newest);
    }

    @Test
    void onlyACleanlyMigratedNewestSchemaCountsAsCurrent() throws Exception {
        Path file = dir.resolve("a.db");
        String url = "jdbc:sqlite:" + file;
        try (var c = DriverManager.getConnection(url)) {
            assertThat(SchemaVersion.isCurrent(c)).isFalse();              // empty file
        }
        Database.open(file).close();
        try (var c = DriverManager.getConnection(url)) {
            assertThat(SchemaVersion.isCurrent(c)).isTrue();
            c.createStatement().executeUpdate("update flyway_schema_history set success = 0 where version = '3'");
            assertThat(SchemaVersion.isCurrent(c)).isFalse();              // a failed migration in the history
            c.createStatement().executeUpdate("update flyway_schema_history set success = 1 where version = '3'");
            c.createStatement().executeUpdate("delete from flyway_schema_history where version = '" + SchemaVersion.CURRENT + "'");
            assertThat(SchemaVersion.isCurrent(c)).isFalse();              // one behind
        }
    }
}
