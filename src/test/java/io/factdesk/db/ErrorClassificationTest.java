package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import io.factdesk.support.ExitCode;

/** Each engine's errors are told apart by their codes; the message text plays no part. */
class ErrorClassificationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"SQLITE_BUSY,BUSY", "SQLITE_BUSY_SNAPSHOT,BUSY", "SQLITE_LOCKED,BUSY",
        "SQLITE_CONSTRAINT_UNIQUE,UNIQUE_VIOLATION", "SQLITE_CONSTRAINT_PRIMARYKEY,UNIQUE_VIOLATION",
        "SQLITE_CONSTRAINT_TRIGGER,RULE_REFUSED", "SQLITE_CONSTRAINT_NOTNULL,OTHER", "SQLITE_IOERR,OTHER"})
    void sqliteByResultCode(SQLiteErrorCode code, DatabaseError expected) {
        // the message says something else on purpose: only the code counts
        assertThat(new SqliteErrors().classify(new SQLiteException("database is locked", code))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"40001,BUSY", "40P01,BUSY", "55P03,BUSY", "23505,UNIQUE_VIOLATION", "FD001,RULE_REFUSED",
        "23503,OTHER", "42501,NOT_PERMITTED", ",OTHER"})
    void postgresBySqlState(String state, DatabaseError expected) {
        var engine = new PostgresEngine((DatabaseLocation.PostgresServer) DatabaseLocation.parse("postgresql://u@h/db"));
        assertThat(engine.errors().classify(new SQLException("deadlock detected; database is locked", state)))
                .isEqualTo(expected);
    }

    @Test
    void busyWorkIsTriedAgainThenEndsAsOneLine() {
        try (Database database = Database.open(DatabaseLocation.parse(dir.resolve("t.db").toString()))) {
            Transactions tx = new Transactions(database);
            AtomicInteger attempts = new AtomicInteger();
            assertThat(tx.inTransaction(() -> {
                if (attempts.incrementAndGet() < 3) {
                    throw DatabaseBusyException.of(new SQLException("x", "40001"));
                }
                return "done";
            })).isEqualTo("done");
            assertThat(attempts).hasValue(3);

            attempts.set(0);
            assertThatThrownBy(() -> tx.inTransaction(() -> {
                attempts.incrementAndGet();
                throw DatabaseBusyException.of(new SQLException("x", "40001"));
            })).isInstanceOfSatisfying(DatabaseBusyException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
                    .hasMessage("the database is busy; try again");
            assertThat(attempts.get()).isGreaterThan(1);

            attempts.set(0);
            assertThatThrownBy(() -> tx.once(() -> {
                attempts.incrementAndGet();
                throw DatabaseBusyException.of(new SQLException("x", "40001"));
            })).isInstanceOf(DatabaseBusyException.class);
            assertThat(attempts).as("work that reads a stream runs once").hasValue(1);
        }
    }
}
