package io.factdesk.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.postgresql.ds.PGSimpleDataSource;

import io.factdesk.support.Causes;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** PostgreSQL, the team's shared server. */
final class PostgresEngine implements Engine {

    /** Any number: the advisory lock that imports take so that two of them run one after the other. */
    private static final long IMPORT_LOCK = 0x66616374L;

    /** SQLStates that mean "try again": serialisation failure, deadlock, lock not available. */
    private static final java.util.Set<String> BUSY = java.util.Set.of("40001", "40P01", "55P03");
    /** The server ended the session: an administrator, a shutdown, a crash (class 57, operator intervention). */
    private static final java.util.Set<String> CONNECTION_ENDED = java.util.Set.of("57P01", "57P02", "57P03");

    /** The SQLState the append-only triggers raise (db/migration/postgresql). */
    static final String RULE_REFUSED_STATE = "FD001";

    private static final Map<String, String> CANNOT_CONNECT = Map.of(
            "28P01", "the password was refused",
            "08004", "the server asks for a password and none was given (set PGPASSWORD, or add the database to ~/.pgpass)",
            "28000", "the server does not let this user in (check the role and pg_hba.conf)",
            "3D000", "the database does not exist (create it: see the README's Team set-up)",
            "42501", "this user may not connect to it or use its schema",
            "57P03", "the server is starting up or shutting down; try again in a moment",
            "53300", "the server has no free connections; try again in a moment");

    /** The tables whose id is a generated identity (db/migration/postgresql). */
    private static final java.util.List<String> IDENTITY_TABLES = java.util.List.of("seed", "claim", "import_batch", "verdict", "fact_check",
            "team_member", "desk_event");

    /**
     * The driver's own log (java.util.logging) is silenced: it writes warnings such as a parameter it could not read
     * to standard error in two lines of its own format, where factdesk's one line says what went wrong. Held here,
     * as java.util.logging keeps its loggers only weakly.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    static {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private final DatabaseLocation.PostgresServer server;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    PostgresEngine(DatabaseLocation.PostgresServer server) {
        this.server = server;
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(server.user());
        if (server.password() != null) {
            dataSource.setPassword(server.password());
        }
        if (server.sslPassword() != null) {
            dataSource.setSslPassword(server.sslPassword());
        }
        dataSource.setApplicationName("factdesk");
        // Every statement a prepared one on the server from its first run, not its fifth: a review runs the
        // same few statements at every card, and the server plans them anew until they are prepared there.
        dataSource.setPrepareThreshold(1);
        // an import's JDBC batches go as multi-row INSERTs rather than one round trip per row
        dataSource.setReWriteBatchedInserts(true);
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public boolean schemaIsCurrent(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var table = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            if (!table.next() || !table.getBoolean(1)) {
                return false;
            }
        }
        return Engine.historyIsCurrent(connection);
    }

    /** The state the driver and the server give a parameter's value that they cannot take. */
    private static final String INVALID_PARAMETER_VALUE = "22023";

    @Override
    public FactdeskException cannotOpen(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = CANNOT_CONNECT.get(state);
        if (state.equals("08004") && (server.password() != null
                || ConnectionParameters.of(server.query(), "FACTDESK_DB").requiresTls())) {
            // the driver gives this state to a server that refused TLS too: its own words then, not "no password"
            reason = Database.firstLine(e.getMessage());
        }
        if (reason == null && Causes.first(e, java.net.UnknownHostException.class) != null) {
            reason = "the host name is not known";
        }
        if (reason == null && state.startsWith("08")) {
            reason = "no PostgreSQL server answers there (is it running, and listening on that host and port?)";
        }
        if (reason == null) {
            reason = Database.firstLine(e.getMessage());
        }
        if (state.equals(INVALID_PARAMETER_VALUE)) {
            // a parameter of the URL that the driver (connectTimeout=abc) or the server (options=-c …) refuses: the
            // URL is wrong, not the server; the secrets were taken out of the parameters before they reached either
            return FactdeskException.badInput("FACTDESK_DB " + server.shown() + ": " + reason);
        }
        return FactdeskException.failure("cannot open the database " + server.shown() + " as user "
                + TerminalText.safe(server.user()) + ": " + reason, e);
    }

    @Override
    public ErrorClassifier errors() {
        return e -> {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (BUSY.contains(state)) {
                return DatabaseError.BUSY;
            }
            if (state.equals("23505")) {
                return DatabaseError.UNIQUE_VIOLATION;
            }
            if (state.equals(RULE_REFUSED_STATE)) {
                return DatabaseError.RULE_REFUSED;
            }
            if (state.equals("42501")) {
                return DatabaseError.NOT_PERMITTED;
            }
            if (state.startsWith("08") || CONNECTION_ENDED.contains(state)) {
                return DatabaseError.CONNECTION_LOST;
            }
            return DatabaseError.OTHER;
        };
    }

    @Override
    public FullTextSearch fullTextSearch() {
        return new PostgresFullTextSearch();
    }

    @Override
    public Maintenance maintenance(DSLContext dsl) {
        return new PostgresMaintenance(server, dsl);
    }

    @Override
    public RowLocking rowLocking() {
        return new RowLocking() {
            @Override
            public <R extends org.jooq.Record> org.jooq.ResultQuery<R> locking(org.jooq.SelectForUpdateStep<R> select,
                                                                             org.jooq.Table<?> table) {
                return select.forUpdate().of(table);
            }
        };
    }

    @Override
    public BulkLoader bulkLoader(DSLContext dsl) {
        return new PostgresBulkLoader(dsl);
    }

    @Override
    public void serialiseBulkWriters(DSLContext dsl) {
        dsl.execute("SELECT pg_advisory_xact_lock({0})", org.jooq.impl.DSL.val(IMPORT_LOCK));
    }

    @Override
    public void readOneSnapshot(DSLContext dsl) {
        dsl.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }

    @Override
    public void refreshStatistics(DSLContext dsl) {
        // VACUUM as well as ANALYZE: it marks the pages all-visible, so that counts by status are answered
        // from the index alone. It runs outside the write's transaction (it cannot run inside one), and a
        // role that does not own the tables gets a warning from the server and nothing is done.
        dsl.execute("VACUUM (ANALYZE) seed, claim, import_batch, verdict, verdict_evidence");
    }

    /**
     * Rows inserted with their ids leave each identity's sequence where it was, so the next generated id
     * would collide: each sequence is moved past its table's largest id. The tables are then analysed, so
     * that the first commands on the copy are planned with its real sizes rather than an empty table's.
     */
    @Override
    public void afterCopy(DSLContext dsl) {
        for (String table : IDENTITY_TABLES) {
            dsl.fetch("SELECT setval(pg_get_serial_sequence({0}, 'id'), coalesce(max(id), 0) + 1, false) FROM {1}",
                    org.jooq.impl.DSL.val(table), org.jooq.impl.DSL.name(table));
        }
        dsl.execute("ANALYZE seed, claim, import_batch, verdict, verdict_evidence, claim_group_member");
    }
}
