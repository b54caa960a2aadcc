package io.factdesk.db;

import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectForUpdateStep;
import org.jooq.Table;

/**
 * Picking a row that no other transaction is picking at the same moment, or holding one while a
 * decision about it is made. PostgreSQL locks the rows a
 * select returns and skips rows another transaction has locked ({@code FOR UPDATE SKIP LOCKED}); SQLite
 * needs nothing, since a transaction there holds the whole file's write lock from its start.
 */
public interface RowLocking {

    <R extends Record> ResultQuery<R> skippingLocked(SelectForUpdateStep<R> select, Table<?> table);

    /** The select, holding its rows until the transaction ends: writers of those rows wait for it. */
    <R extends Record> ResultQuery<R> locking(SelectForUpdateStep<R> select, Table<?> table);
}
