package io.factdesk.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.factdesk.support.FactdeskException;

/**
 * Streams a verdict CSV (claim_id, rating, evidence_url, note, reviewer) with Apache
 * Commons CSV: quoted fields with commas, quotes and newlines, CRLF or LF, an optional
 * BOM, header names in any case and order. Rows are handed out one at a time with the
 * line they start on, so memory does not grow with the file.
 */
final class VerdictCsvReader {

    static final List<String> COLUMNS = List.of("claim_id", "rating", "evidence_url", "note", "reviewer");
    private static final Set<String> REQUIRED = Set.of("claim_id", "rating", "evidence_url", "note");

    /** One data row: its first line and its cells by lower-case column name. */
    record Row(int line, Map<String, String> cells) {
    }

    private final Path file;

    VerdictCsvReader(Path file) {
        this.file = file;
    }

    /**
     * Reads every row. Malformed input (a bad header, an unterminated quote, invalid UTF-8)
     * ends the read with a {@link FactdeskException} naming the line.
     */
    void read(Consumer<Row> consumer) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        try (Reader reader = reader(); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, String> header = checkHeader(parser.getHeaderNames());
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                long before = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    record = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw FactdeskException.badInput(file + ":" + (before + 1) + ": malformed CSV: "
                            + firstLine(e));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                header.forEach((name, original) -> cells.put(name, record.isSet(original) ? record.get(original) : ""));
                if (record.size() != header.size()) {
                    cells.put("_columns", record.size() + " of " + header.size());
                }
                consumer.accept(new Row((int) before + 1, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            throw FactdeskException.badInput(file + ": cannot read: " + firstLine(e));
        } catch (IllegalArgumentException e) {
            throw FactdeskException.badInput(file + ":1: bad header: " + firstLine(e));
        }
    }

    private Reader reader() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw FactdeskException.notFound("import file " + file + " not found");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader r = new InputStreamReader(Files.newInputStream(file), decoder);
        r = new java.io.BufferedReader(r, 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private Map<String, String> checkHeader(List<String> names) {
        if (names.isEmpty()) {
            throw FactdeskException.badInput(file + ":1: missing header; expected " + String.join(",", COLUMNS));
        }
        Map<String, String> byLower = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String n : names) {
            String key = n.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(key)) {
                unknown.add(n);
            } else if (byLower.putIfAbsent(key, n) != null) {
                throw FactdeskException.badInput(file + ":1: column " + key + " appears twice");
            }
        }
        if (!unknown.isEmpty()) {
            throw FactdeskException.badInput(file + ":1: unknown column(s) " + String.join(", ", unknown)
                    + "; expected " + String.join(",", COLUMNS));
        }
        for (String required : REQUIRED) {
            if (!byLower.containsKey(required)) {
                throw FactdeskException.badInput(file + ":1: missing column " + required + "; expected "
                        + String.join(",", COLUMNS));
            }
        }
        return byLower;
    }

    private static String firstLine(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(t.getMessage());
        return m.lines().findFirst().orElse(m);
    }
}
