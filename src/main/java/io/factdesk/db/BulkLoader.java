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

    /** Appends {@code rows}, each holding one value per column, in the columns' order. */
    void load(Table<?> table, List<? extends Field<?>> columns, List<Object[]> rows);

    /** The value itself, when it is of a type every loader encodes the same way as the forced types do. */
    static Object checked(Object value) {
        if (value == null || value instanceof Long || value instanceof Integer || value instanceof String
                || value instanceof Enum<?> || value instanceof Instant) {
            return value;
        }
        throw new IllegalArgumentException("a bulk load cannot encode a " + value.getClass().getName());
    }
}
