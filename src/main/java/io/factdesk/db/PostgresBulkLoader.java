package io.factdesk.db;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's COPY protocol in text format: the rows travel as one stream and the server parses them
 * in one statement, where INSERTs, even batched, are parsed, planned and acknowledged in groups.
 * Errors come back as the server's SQL state, so they are classified as those of any statement.
 */
final class PostgresBulkLoader implements BulkLoader {

    /** How much encoded text is handed to the driver at a time. */
    private static final int CHUNK_BYTES = 1 << 16;

    private final DSLContext dsl;

    PostgresBulkLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Appender appender(Table<?> table, List<? extends Field<?>> columns) {
        String copy = "COPY " + dsl.render(table) + " ("
                + columns.stream().map(c -> dsl.render(c.getUnqualifiedName())).collect(Collectors.joining(", "))
                + ") FROM STDIN";
        return new CopyAppender(copy);
    }

    /** One COPY, begun with the first row; the rows go to the server a chunk at a time as they are added. */
    private final class CopyAppender implements Appender {
        private final String copy;
        private final StringBuilder text = new StringBuilder(CHUNK_BYTES);
        private CopyIn in;

        CopyAppender(String copy) {
            this.copy = copy;
        }

        @Override
        public void add(Object[] row) {
            if (in == null) {
                // the transaction's connection (jOOQ's thread-local provider keeps it bound to this thread
                // until the transaction ends), which the COPY holds until close
                in = dsl.connectionResult(c -> c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy));
            }
            appendRow(text, row);
            if (text.length() >= CHUNK_BYTES) {
                write();
            }
        }

        @Override
        public void close() {
            if (in == null) {
                return;
            }
            write();
            try {
                in.endCopy();
            } catch (SQLException e) {
                throw translated(e);
            }
            in = null;
        }

        @Override
        public void abandon() {
            text.setLength(0);
            if (in != null && in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException e) {
                    // the load has failed already and its transaction is being rolled back: that failure is the one to report
                }
            }
            in = null;
        }

        private void write() {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw translated(e);
            }
        }

        private DataAccessException translated(SQLException e) {
            return new DataAccessException("SQL [" + copy + "]; " + e.getMessage(), e);
        }
    }

    /** One row of COPY's text format: tab between columns, \N for NULL, backslash escapes inside values. */
    static void appendRow(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = BulkLoader.checked(row[i]);
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Enum<?> e) {
                escape(text, e.name());
            } else if (value instanceof Instant) {
                text.append(value);   // ISO-8601 in UTC, which timestamptz reads exactly
            } else {
                escape(text, value.toString());
            }
        }
        text.append('\n');
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
