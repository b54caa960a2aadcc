package io.factdesk.db;

import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectForUpdateStep;
import org.jooq.Table;

/**
 * Holding a row while a decision about it is made. PostgreSQL locks the rows a select returns
 * ({@code FOR UPDATE}); SQLite needs nothing, since a transaction there holds the whole file's write lock
 * from its start.
 */
public interface RowLocking {

    /** The select, holding its rows until the transaction ends: writers of those rows wait for it. */
    <R extends Record> ResultQuery<R> locking(SelectForUpdateStep<R> select, Table<?> table);
}
