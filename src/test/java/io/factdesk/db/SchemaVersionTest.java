package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void currentIsTheNewestMigrationOfEachEngine(String engine) throws Exception {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("db/migration", engine))) {
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
            assertThat(new SqliteEngine(file).schemaIsCurrent(c)).isFalse();              // empty file
        }
        Database.open(DatabaseLocation.parse(String.valueOf(file))).close();
        try (var c = DriverManager.getConnection(url)) {
            assertThat(new SqliteEngine(file).schemaIsCurrent(c)).isTrue();
            c.createStatement().executeUpdate("update flyway_schema_history set success = 0 where version = '3'");
            assertThat(new SqliteEngine(file).schemaIsCurrent(c)).isFalse();              // a failed migration in the history
            c.createStatement().executeUpdate("update flyway_schema_history set success = 1 where version = '3'");
            c.createStatement().executeUpdate("delete from flyway_schema_history where version = '" + SchemaVersion.CURRENT + "'");
            assertThat(new SqliteEngine(file).schemaIsCurrent(c)).isFalse();              // one behind
        }
    }
}
