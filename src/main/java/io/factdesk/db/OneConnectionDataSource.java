package io.factdesk.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jooq.tools.jdbc.DefaultConnection;

/**
 * A data source that hands out one connection, again and again; closing what it hands out does not
 * close the connection. One factdesk process is one user working one command at a time, so one
 * connection is all it needs: it keeps SQLite's page cache warm between commands, and on PostgreSQL it
 * saves a connection's start-up (and authentication) per statement without a pool's threads. A
 * connection found broken after a pause (a restarted server) is replaced before it is handed out again.
 */
final class OneConnectionDataSource implements DataSource, AutoCloseable {

    private static final long CHECK_AFTER_IDLE_NANOS = 30_000_000_000L;
    private static final int VALID_TIMEOUT_SECONDS = 5;

    private final DataSource source;
    /** What a failed reconnection is reported as: the engine's one line for a database it cannot open. */
    private final java.util.function.Function<SQLException, RuntimeException> cannotReconnect;
    private Connection connection;
    /** What callers get: the connection behind a close that does nothing, made once per connection, not per call. */
    private Connection shared;
    private long lastUse;

    OneConnectionDataSource(DataSource source, java.util.function.Function<SQLException, RuntimeException> cannotReconnect) {
        this.source = source;
        this.cannotReconnect = cannotReconnect;
    }

    /** Opens the connection now, so that an unreachable database fails at start, not at the first query. */
    synchronized Connection open() throws SQLException {
        if (connection == null) {
            connection = source.getConnection();
        }
        return connection;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        long now = System.nanoTime();
        if (connection != null && connection.isClosed()) {
            // the driver closes a connection the server ended (a restart, an administrator): start a new one
            closeQuietly();
        }
        if (connection != null && connection.getAutoCommit() && now - lastUse > CHECK_AFTER_IDLE_NANOS
                && !connection.isValid(VALID_TIMEOUT_SECONDS)) {
            closeQuietly();
        }
        lastUse = now;
        Connection real;
        try {
            real = open();
        } catch (SQLException e) {
            // the server that answered at start is gone (stopped, unreachable): its own reason, in one line
            throw cannotReconnect.apply(e);
        }
        if (shared == null) {
            shared = unclosable(real);
        }
        return shared;
    }

    /**
     * The connection behind a close that does nothing. A class of its own rather than a dynamic proxy: every
     * JDBC call of every statement passes through it, and a proxy's reflective call is much dearer than a plain
     * one while the JVM is still warming up (the first cards of a review).
     */
    private static Connection unclosable(Connection real) {
        return new DefaultConnection(real) {
            @Override
            public void close() {
                // the one connection outlives what borrowed it
            }
        };
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the workbench connects with the credentials it was opened with");
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing a broken connection; nothing to do about it
        } finally {
            connection = null;
            shared = null;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the engines set their own timeouts
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
