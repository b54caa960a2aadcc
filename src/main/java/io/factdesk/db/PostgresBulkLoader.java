package io.factdesk.db;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
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
    public void load(Table<?> table, List<? extends Field<?>> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String copy = "COPY " + dsl.render(table) + " ("
                + columns.stream().map(c -> dsl.render(c.getUnqualifiedName())).collect(Collectors.joining(", "))
                + ") FROM STDIN";
        dsl.connection(connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            try {
                StringBuilder text = new StringBuilder(CHUNK_BYTES);
                for (Object[] row : rows) {
                    appendRow(text, row);
                    if (text.length() >= CHUNK_BYTES) {
                        write(in, text);
                    }
                }
                write(in, text);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    private static void write(CopyIn in, StringBuilder text) throws java.sql.SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
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
