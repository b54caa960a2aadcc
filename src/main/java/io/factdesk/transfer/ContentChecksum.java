package io.factdesk.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A SHA-256 over a workbench's rows, table by table in key order, that comes out the same on either
 * engine: every value is hashed as what it is in Java (the types jOOQ gives on both engines), never as
 * an engine stores it. Each value is a type tag and then its text in one canonical form, prefixed with
 * its length, so that no two different sequences of rows hash the same bytes. Also counts the rows.
 */
final class ContentChecksum {

    private final MessageDigest digest;
    private final Map<WorkbenchTable, Long> counts = new EnumMap<>(WorkbenchTable.class);

    ContentChecksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (WorkbenchTable table : WorkbenchTable.values()) {
            counts.put(table, 0L);
        }
    }

    void addRow(WorkbenchTable table, Object[] row) {
        put('R', table.tableName());
        for (Object value : row) {
            if (value == null) {
                digest.update((byte) 'N');
            } else {
                putValue(value);
            }
        }
        counts.merge(table, 1L, Long::sum);
    }

    /**
     * A type tag and the value's text. Floats by their bits, as the float they are (both engines' columns are
     * read as a Java float, and PostgreSQL's real keeps no more), so that no decimal rendering can differ;
     * times as ISO-8601 in UTC; enums by name; bytes in hex.
     */
    private void putValue(Object value) {
        if (value instanceof Float f) {
            put('F', Integer.toHexString(Float.floatToIntBits(f)));
        } else if (value instanceof Long || value instanceof Integer) {
            put(value instanceof Long ? 'L' : 'I', value.toString());
        } else if (value instanceof String s) {
            put('S', s);
        } else if (value instanceof Boolean b) {
            put('B', b.toString());
        } else if (value instanceof Instant t) {
            put('T', t.toString());
        } else if (value instanceof LocalDate d) {
            put('D', d.toString());
        } else if (value instanceof Enum<?> e) {
            put('E', e.name());
        } else if (value instanceof byte[] bytes) {
            put('X', HexFormat.of().formatHex(bytes));
        } else {
            // a column of a type this does not know: fail rather than hash it in some engine-specific form
            throw new IllegalArgumentException("no canonical form for a " + value.getClass().getName());
        }
    }

    private void put(char tag, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) tag);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** Rows per table, in the order of {@link WorkbenchTable}. */
    Map<WorkbenchTable, Long> counts() {
        return java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** The checksum in hex; ends the hashing. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
