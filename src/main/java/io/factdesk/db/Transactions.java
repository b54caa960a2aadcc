package io.factdesk.db;

import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Runs work in one transaction on either engine: every repository call inside the supplier uses the
 * thread's transaction (jOOQ's thread-local transaction provider), so it all commits or rolls back
 * together. Work the engine refused as busy (a deadlock or serialisation failure on PostgreSQL, a lock
 * held past the busy timeout on SQLite) is rolled back and run again a few times before the user is
 * told to try again; work that cannot be repeated (it reads a stream) runs once.
 */
@Component
public class Transactions {

    private static final int ATTEMPTS = 5;
    private static final long FIRST_PAUSE_MS = 20;

    /** How many transactions this thread is inside (jOOQ nests them as savepoints). */
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final Database database;
    private final DSLContext dsl;
    private final ErrorClassifier errors;

    public Transactions(Database database) {
        this.database = database;
        this.dsl = database.dsl();
        this.errors = database.errors();
    }

    public <T> T inTransaction(Supplier<T> work) {
        if (depth.get() > 0) {
            // inside another transaction: a retry here would repeat only part of the work, inside the
            // transaction that still holds what the engine refused; the outermost one tries again
            return once(work);
        }
        return retryingBusy(() -> once(work));
    }

    /**
     * Work made of statements that each stand alone (each commits by itself, so none needs a transaction
     * around it), run again like a transaction when the engine refused it as busy. It saves a server the
     * round trip of a commit; use it only where every statement is correct on its own.
     */
    public <T> T autocommitted(Supplier<T> work) {
        if (depth.get() > 0) {
            return work.get();
        }
        return retryingBusy(work);
    }

    public void autocommitted(Runnable work) {
        autocommitted(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T retryingBusy(Supplier<T> attempt) {
        boolean reconnected = false;
        for (int round = 1; ; round++) {
            try {
                return attempt.get();
            } catch (DatabaseBusyException e) {
                if (round == ATTEMPTS) {
                    throw e;
                }
                pause(round);
            } catch (ConnectionLostException e) {
                // the server rolled the work back with the connection; once more, on a new one
                if (reconnected) {
                    throw e;
                }
                reconnected = true;
            }
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * One attempt, after any other bulk writer has finished: for an import, which reads its input while it
     * writes (so it cannot run twice) and which should come out as if imports ran one after the other.
     */
    public <T> T bulkWrite(Supplier<T> work) {
        return once(() -> {
            database.serialiseBulkWriters();
            return work.get();
        });
    }

    /** Rows written at once from which the engine's planner statistics are refreshed (see Engine#refreshStatistics). */
    public static final int MANY_ROWS = 10_000;

    /** Call after a committed write of {@code rows} rows: a large one brings the engine's statistics up to date. */
    public void afterBulkWrite(long rows) {
        if (rows >= MANY_ROWS) {
            database.refreshStatistics();
        }
    }

    /** What kind of database error ended some work, by the engine's codes. */
    public DatabaseError errorOf(Throwable thrown) {
        return errors.classifyChain(thrown);
    }

    /** One attempt only: for work that consumes its input. */
    public <T> T once(Supplier<T> work) {
        depth.set(depth.get() + 1);
        boolean[] workDone = {false};
        try {
            return dsl.transactionResult(cfg -> {
                T result = work.get();
                workDone[0] = true;
                return result;
            });
        } catch (org.jooq.exception.DataAccessException e) {
            // beginning or committing is not a statement, so the execute listener did not see it
            DatabaseError kind = errors.classifyChain(e);
            if (kind == DatabaseError.BUSY) {
                throw DatabaseBusyException.of(e);
            }
            if (kind == DatabaseError.CONNECTION_LOST && !workDone[0]) {
                // lost before the work began (a server gone since the last command): nothing was written
                throw new ConnectionLostException(database.location(), e);
            }
            if (kind == DatabaseError.CONNECTION_LOST) {
                // lost while committing: the server may or may not have kept the work, so it is not run again
                throw io.factdesk.support.FactdeskException.failure("the connection to " + database.location().shown()
                        + " was lost as the work was being saved; check with history or claims show whether it was,"
                        + " before running it again", e);
            }
            throw e;
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    private static void pause(int attempt) {
        try {
            // jittered, growing pauses, so that two processes that collided do not collide again
            Thread.sleep(FIRST_PAUSE_MS * attempt + java.util.concurrent.ThreadLocalRandom.current().nextLong(FIRST_PAUSE_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try again", e);
        }
    }
}
