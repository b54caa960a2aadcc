package io.factdesk.db;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;

/** Each engine's bulk loader stores every value as an ordinary insert would, and its constraints still hold. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class BulkLoaderTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    Database database;
    Transactions transactions;

    @BeforeEach
    void open() {
        database = Database.open(engine.newDatabase(dir));
        transactions = new Transactions(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static final List<org.jooq.Field<?>> COLUMNS = List.of(IMPORT_BATCH.FILE_NAME, IMPORT_BATCH.CONTENT_HASH,
            IMPORT_BATCH.ROW_COUNT, IMPORT_BATCH.OS_USER, IMPORT_BATCH.IMPORTED_AT);

    @Test
    void valuesComeBackExactlyAsGiven() {
        // the characters COPY's text format escapes, the text that stands for NULL there, and non-ASCII text
        List<String> names = List.of("tab\there", "line\nbreak", "cr\rlf\r\n", "back\\slash", "\\N", "\\",
                "Ünïcödé — 検証 🧪", " leading and trailing ", "");
        Instant at = Instant.parse("2026-03-01T10:15:30.123Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new Object[] {names.get(i), "hash-" + i, i, "os", at.plusSeconds(i)});
        }
        transactions.inTransaction(() -> database.bulkLoader().load(IMPORT_BATCH, COLUMNS, rows));

        var stored = database.dsl().selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ROW_COUNT).fetch();
        assertThat(stored.getValues(IMPORT_BATCH.FILE_NAME)).containsExactlyElementsOf(names);
        assertThat(stored.getValues(IMPORT_BATCH.IMPORTED_AT)).first().isEqualTo(at);
        assertThat(stored.getValues(IMPORT_BATCH.IMPORTED_AT)).last().isEqualTo(at.plusSeconds(names.size() - 1));
        assertThat(stored.getValues(IMPORT_BATCH.ID)).doesNotContainNull().doesNotHaveDuplicates();
    }

    /** An import hands its rows over one by one, in runs; a run given up after a failure keeps nothing and frees the connection. */
    @Test
    void anAppenderTakesRowsOneAtATimeInRunsAndAnAbandonedRunKeepsNothing() {
        transactions.inTransaction(() -> {
            BulkLoader.Appender appender = database.bulkLoader().appender(IMPORT_BATCH, COLUMNS);
            appender.add(new Object[] {"a", "h-a", 1, "os", Instant.EPOCH});
            appender.close();
            assertThat(database.dsl().fetchCount(IMPORT_BATCH)).as("in the table once the run is closed").isEqualTo(1);
            appender.add(new Object[] {"b", "h-b", 2, "os", Instant.EPOCH});
            appender.add(new Object[] {"c", "h-c", 3, "os", Instant.EPOCH});
            appender.close();
            appender.abandon();   // after close: nothing to give up
        });
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(3);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            BulkLoader.Appender appender = database.bulkLoader().appender(IMPORT_BATCH, COLUMNS);
            appender.add(new Object[] {"d", "h-d", 4, "os", Instant.EPOCH});
            appender.abandon();
            throw new IllegalStateException("a later row was bad");
        })).hasMessage("a later row was bad");
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).as("the connection works, without the abandoned row").isEqualTo(3);
    }

    @Test
    void aNullIsStoredAsNull() {
        // import_batch has no nullable text column; verdict.note is nullable but needs a claim, so the
        // constraint refusing the null shows that a null reached the database as NULL, not as text
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"f", "h", 1, null, Instant.EPOCH});
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            database.bulkLoader().load(IMPORT_BATCH, COLUMNS, rows);
            return null;
        })).isInstanceOf(DataAccessException.class);
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).isZero();
    }

    @Test
    void aUniqueViolationIsClassifiedAndNothingOfTheLoadStays() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"a", "same", 1, "os", Instant.EPOCH});
        rows.add(new Object[] {"b", "same", 2, "os", Instant.EPOCH});
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            database.bulkLoader().load(IMPORT_BATCH, COLUMNS, rows);
            return null;
        })).isInstanceOfSatisfying(DataAccessException.class,
                e -> assertThat(transactions.errorOf(e)).isEqualTo(DatabaseError.UNIQUE_VIOLATION));
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).isZero();
    }

    @Test
    void refusesAValueItCannotEncode() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"a", "h", 1, "os", java.time.LocalDate.EPOCH});
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            database.bulkLoader().load(IMPORT_BATCH, COLUMNS, rows);
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDate");
    }
}
