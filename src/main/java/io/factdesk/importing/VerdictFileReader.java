package io.factdesk.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Streams the rows of a verdict file; malformed input that stops reading is a {@code FactdeskException} naming FILE:LINE. */
interface VerdictFileReader {

    /** Column and field names factdesk understands. */
    List<String> KNOWN = List.of("claim_id", "fingerprint", "rating", "evidence_url", "evidence", "note", "reviewer",
            "reviewed_at");

    /**
     * A row longer than this (in characters, that is code points) is refused: it bounds memory per row. The
     * longest valid verdict fits: a 10,000-character note of emoji written as JSON escapes
     * ({@code \ud83d\ude00}, 12 characters each, as Python's json.dumps does by default) plus evidence URLs.
     */
    int MAX_ROW_CHARS = 256 * 1024;

    void read(Consumer<RawRow> rows);

    static VerdictFileReader of(ImportFormat format, Path file, String displayName, boolean ignoreUnknown) {
        return format == ImportFormat.JSONL ? new JsonLinesVerdictReader(file, displayName, ignoreUnknown)
                : new CsvVerdictReader(file, displayName, ignoreUnknown);
    }

    /** UTF-8 that fails on bad bytes instead of replacing them, with a leading BOM dropped. */
    static Reader utf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader r = new java.io.BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }
}
