package io.factdesk.db;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * V21 on both engines: fills in V20's search_text for the claims and fact-checks already there. The folding
 * is {@link SearchText}'s, which no SQL of either engine can write, so this step of the schema is Java;
 * it runs in the migration's transaction like the SQL steps around it.
 */
final class SearchTextMigration implements JavaMigration {

    private final SQLDialect dialect;

    SearchTextMigration(SQLDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21");
    }

    @Override
    public String getDescription() {
        return "fold search text";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        new SearchTextRepository(DSL.using(context.getConnection(), dialect)).foldAll();
    }
}
