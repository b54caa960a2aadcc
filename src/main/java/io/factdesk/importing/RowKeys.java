package io.factdesk.importing;

/**
 * An open-addressing map from a 64-bit key hash to the line it was first seen on: twelve
 * bytes a row, where a HashMap of objects would take ten times that for a million rows.
 */
final class RowKeys {

    private static final long EMPTY = 0;

    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** Records the key; returns the earlier line with the same key, or 0 if it is new. */
    int putIfAbsent(long key, int line) {
        long k = key == EMPTY ? 1 : key;
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = k;
                lines[i] = line;
                size++;
                return 0;
            }
            if (keys[i] == k) {
                return lines[i];
            }
        }
    }

    boolean contains(long key) {
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == k) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldLines[i]);
            }
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
