package io.factdesk.importing;

import java.util.List;
import java.util.Map;

/**
 * One row as read, before validation: its first line, its values by lower-case column or
 * field name (a name may repeat, as evidence_url does), and what the reader found wrong with it
 * ("row: …" for the row as a whole: wrong column count, not JSON; "field: …" for one field: a
 * nested JSON value, a key given twice).
 */
record RawRow(int line, Map<String, List<String>> cells, List<String> problems) {

    RawRow {
        problems = List.copyOf(problems);
    }

    /** The first value of a column, or "" when absent. */
    String first(String name) {
        List<String> values = cells.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    boolean has(String name) {
        return cells.containsKey(name);
    }
}
