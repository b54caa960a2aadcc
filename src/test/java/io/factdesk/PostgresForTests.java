package io.factdesk;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import io.factdesk.db.Database;
import io.factdesk.db.DatabaseLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test run (zonky's binaries from Maven Central), started on first
 * use and stopped when the JVM exits. Each test gets a fresh database, copied from a template that factdesk
 * migrated once, so a test never sees another's rows and pays no migration.
 */
public final class PostgresForTests {

    private static final String TEMPLATE = "factdesk_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresForTests() {
    }

    /** A new, migrated, empty factdesk database. */
    public static synchronized DatabaseLocation newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "t" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute(pg, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return location(pg, name);
    }

    /** A new database that factdesk has not touched: no tables, no migration history. */
    public static synchronized DatabaseLocation newEmptyDatabase() {
        EmbeddedPostgres pg = server();
        String name = "e" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute(pg, "CREATE DATABASE " + name);
        return location(pg, name);
    }

    /** Runs SQL as the server's superuser in the maintenance database (roles, databases). */
    public static synchronized void asSuperuser(String sql) {
        execute(server(), sql);
    }

    /** Runs SQL as the superuser in one database. */
    public static synchronized void asSuperuserIn(String database, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + server().getPort() + "/"
                + database, "postgres", null); var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** One number from a query, as the superuser in one database. */
    public static synchronized long queryLong(String database, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + server().getPort() + "/"
                + database, "postgres", null); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static synchronized int port() {
        return server().getPort();
    }

    private static DatabaseLocation location(EmbeddedPostgres pg, String database) {
        return DatabaseLocation.parse("postgresql://postgres@localhost:" + pg.getPort() + "/" + database);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the server's folder is temporary
                }
            }));
            execute(server, "CREATE DATABASE " + TEMPLATE);
            Database.open(location(server, TEMPLATE)).close();
        }
        return server;
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
