package io.factdesk.db;

import java.time.Instant;
import java.util.List;

import org.jooq.Field;
import org.jooq.Table;

/**
 * Appends many rows to one table inside the caller's transaction, the fastest way the engine offers:
 * JDBC batches on SQLite, {@code COPY … FROM STDIN} on PostgreSQL. The table's constraints, indexes and
 * triggers apply as to any insert. Values are {@link Long}, {@link Integer}, {@link String}, enums (stored
 * by name) and {@link Instant}; null is SQL NULL.
 */
public interface BulkLoader {

    /**
     * Rows handed over one at a time, on the caller's thread and in its transaction. Where the engine takes a
     * stream (PostgreSQL's COPY), each row is sent as it comes, so that the server writes rows while the caller
     * prepares the next ones. Until {@link #close()} the connection is in the middle of the load: the caller
     * closes the appender before it asks the database anything else.
     */
    interface Appender {

        void add(Object[] row);

        /** Ends the load: once it returns, every row added is in the table. Nothing to do when none was added. */
        void close();

        /** Gives an unfinished load up, after a failure, so that the transaction can be rolled back; does nothing after {@link #close()}. */
        void abandon();
    }

    Appender appender(Table<?> table, List<? extends Field<?>> columns);

    /** Appends {@code rows}, each holding one value per column, in the columns' order. */
    default void load(Table<?> table, List<? extends Field<?>> columns, List<Object[]> rows) {
        Appender appender = appender(table, columns);
        try {
            rows.forEach(appender::add);
            appender.close();
        } finally {
            appender.abandon();
        }
    }

    /** The value itself, when it is of a type every loader encodes the same way as the forced types do. */
    static Object checked(Object value) {
        if (value == null || value instanceof Long || value instanceof Integer || value instanceof String
                || value instanceof Enum<?> || value instanceof Instant) {
            return value;
        }
        throw new IllegalArgumentException("a bulk load cannot encode a " + value.getClass().getName());
    }
}
