package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class OneConnectionDataSourceTest {

    @TempDir
    Path dir;

    private OneConnectionDataSource source() {
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("one.db"));
        return new OneConnectionDataSource(sqlite, e -> new IllegalStateException(e));
    }

    @Test
    void handsOutOneConnectionThatCallersCannotClose() throws Exception {
        try (OneConnectionDataSource source = source()) {
            Connection first = source.getConnection();
            first.close();

            Connection second = source.getConnection();
            assertThat(second).isSameAs(first);
            assertThat(second.isClosed()).isFalse();
            try (var statement = second.createStatement(); var one = statement.executeQuery("select 1")) {
                assertThat(one.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void closingTheSourceClosesTheConnectionAndALaterCallOpensANewOne() throws Exception {
        OneConnectionDataSource source = source();
        Connection first = source.getConnection();
        source.close();
        assertThat(first.isClosed()).isTrue();

        Connection next = source.getConnection();
        assertThat(next).isNotSameAs(first);
        assertThat(next.isClosed()).isFalse();
        source.close();
    }
}
