package io.factdesk.db;

import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Runs work in one SQLite transaction. The repositories share the database's single
 * connection, so everything they do inside the supplier commits or rolls back together.
 */
@Component
public class Transactions {

    private final DSLContext dsl;

    public Transactions(Database database) {
        this.dsl = database.dsl();
    }

    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(cfg -> work.get());
    }

    public void inTransaction(Runnable work) {
        dsl.transaction(cfg -> work.run());
    }
}
