package io.factdesk.db;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * SQLite has no bulk-load statement; a prepared INSERT bound with plain JDBC batches is its fastest
 * path, because binding a large number of rows through jOOQ's own batch API spends most of its time
 * building jOOQ objects. SQLite writes in this process, on this thread: rows are kept until the load is
 * closed, as nothing would run beside their writing anyway.
 */
final class SqliteBulkLoader implements BulkLoader {

    private final DSLContext dsl;

    SqliteBulkLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Appender appender(Table<?> table, List<? extends Field<?>> columns) {
        List<Object[]> rows = new ArrayList<>();
        return new Appender() {
            @Override
            public void add(Object[] row) {
                rows.add(row);
            }

            @Override
            public void close() {
                insert(table, columns, rows);
                rows.clear();
            }

            @Override
            public void abandon() {
                rows.clear();
            }
        };
    }

    private void insert(Table<?> table, List<? extends Field<?>> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String insert = dsl.render(DSL.insertInto(table).columns(columns)
                .values(Collections.nCopies(columns.size(), (Object) null)));
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, jdbcValue(row[i]));
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** As the forced types store them: times as ISO text, enums by name. */
    private Object jdbcValue(Object value) {
        Object checked = BulkLoader.checked(value);
        if (checked instanceof Instant instant) {
            return InstantBinding.jdbcValue(dsl.dialect(), instant);
        }
        return checked instanceof Enum<?> e ? e.name() : checked;
    }
}
