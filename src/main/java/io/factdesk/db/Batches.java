package io.factdesk.db;

import java.util.function.Function;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * One statement run for many rows, a bounded batch at a time. A JDBC batch holds every value bound to it until it
 * is sent, so one batch of a large ingest's matches or a large workbench's claims would hold millions of values
 * at once; one prepared statement per batch also keeps SQLite within its limit on bound values.
 */
public final class Batches {

    /** Rows sent per batch: enough that round trips cost little, few enough that the values take little memory. */
    static final int SIZE = 5_000;

    private Batches() {
    }

    /** Runs {@code statement} once per row, its bind values in the statement's order. */
    public static <T> void execute(DSLContext dsl, Query statement, Iterable<T> rows, Function<T, Object[]> values) {
        BatchBindStep batch = null;
        int bound = 0;
        for (T row : rows) {
            if (batch == null) {
                batch = dsl.batch(statement);
            }
            batch = batch.bind(values.apply(row));
            if (++bound == SIZE) {
                batch.execute();
                batch = null;
                bound = 0;
            }
        }
        if (batch != null) {
            batch.execute();
        }
    }
}
