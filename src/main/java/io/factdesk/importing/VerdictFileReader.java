package io.factdesk.importing;

import java.util.List;
import java.util.function.Consumer;

import io.factdesk.support.FactdeskException;

/** Streams the rows of a verdict file; malformed input that stops reading is a {@code FactdeskException} naming FILE:LINE. */
interface VerdictFileReader {

    /** Column and field names factdesk understands. */
    List<String> KNOWN = List.of("claim_id", "fingerprint", "rating", "evidence_url", "evidence", "note", "reviewer",
            "reviewed_at");

    /**
     * A record (CSV) or line (JSON Lines) longer than this stops the import while it is read: it bounds
     * what a parser holds, whatever the file. The longest valid verdict still fits: a 10,000-character
     * note of emoji written as JSON escapes ({@code \ud83d\ude00}, 12 characters each, as Python's
     * json.dumps writes by default) plus evidence URLs.
     */
    int MAX_ROW_CHARS = 256 * 1024;

    void read(Consumer<RawRow> rows);

    static VerdictFileReader of(ImportFormat format, ImportInput input, String displayName, boolean ignoreUnknown) {
        return format == ImportFormat.JSONL ? new JsonLinesVerdictReader(input, displayName, ignoreUnknown)
                : new CsvVerdictReader(input, displayName, ignoreUnknown);
    }

    /** The message for reading that {@link Utf8Lines} stopped (bad UTF-8, a row over the limit), or null. */
    static FactdeskException refusal(String name, Throwable thrown) {
        Utf8Lines.Refused refused = io.factdesk.support.Causes.first(thrown, Utf8Lines.Refused.class);
        return refused == null ? null : FactdeskException.badInput(name + ":" + refused.line + ": " + refused.getMessage());
    }
}
