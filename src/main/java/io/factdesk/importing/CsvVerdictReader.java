package io.factdesk.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Verdict CSV as spreadsheets write it, parsed by Apache Commons CSV: quoted fields with
 * commas, quotes and newlines, CRLF or LF, an optional BOM, header names in any case and
 * order, evidence_url repeated as several columns. Columns are read by position, so a
 * repeated header name keeps all its values. A line break inside a quoted field is a line
 * break whichever way it was written: spreadsheets write CRLF, which is kept as LF.
 */
final class CsvVerdictReader implements VerdictFileReader {

    private final ImportInput input;
    private final String name;
    private final boolean ignoreUnknown;

    CsvVerdictReader(ImportInput input, String name, boolean ignoreUnknown) {
        this.input = input;
        this.name = name;
        this.ignoreUnknown = ignoreUnknown;
    }

    @Override
    public void read(Consumer<RawRow> rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (Reader reader = input.reader(true);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(next(records, parser));
            while (true) {
                long before = parser.getCurrentLineNumber();
                CSVRecord record = next(records, parser);
                if (record == null) {
                    break;
                }
                rows.accept(toRow((int) before + 1, header, record));
            }
        } catch (IOException e) {
            FactdeskException refused = VerdictFileReader.refusal(name, e);
            throw refused != null ? refused : ImportInput.cannotRead(name, e);
        }
    }

    private CSVRecord next(Iterator<CSVRecord> records, CSVParser parser) {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            FactdeskException refused = VerdictFileReader.refusal(name, e);
            if (refused != null) {
                throw refused;
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage());
            throw FactdeskException.badInput(name + ":" + line + ": malformed CSV: "
                    + message.lines().findFirst().orElse(message));
        }
    }

    private List<String> header(CSVRecord record) {
        if (record == null || record.size() == 0 || (record.size() == 1 && record.get(0).isBlank())) {
            throw FactdeskException.badInput(name + ":1: missing header; expected claim_id,rating,evidence_url,note,reviewer");
        }
        List<String> names = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : record) {
            String key = raw.strip().toLowerCase(Locale.ROOT);
            names.add(key);
            if (!KNOWN.contains(key)) {
                unknown.add(TerminalText.safe(raw));
            } else if (!key.equals("evidence_url") && names.indexOf(key) != names.size() - 1) {
                throw FactdeskException.badInput(name + ":1: column " + key + " appears twice");
            }
        }
        if (!unknown.isEmpty() && !ignoreUnknown) {
            throw FactdeskException.badInput(name + ":1: unknown column(s) " + String.join(", ", unknown)
                    + "; expected claim_id (or fingerprint),rating,evidence_url,note,reviewer[,reviewed_at],"
                    + " or pass --ignore-unknown-columns");
        }
        if (!names.contains("claim_id") && !names.contains("fingerprint")) {
            throw FactdeskException.badInput(name + ":1: missing column claim_id (or fingerprint)");
        }
        for (String required : List.of("rating", "evidence_url", "note")) {
            if (!names.contains(required)) {
                throw FactdeskException.badInput(name + ":1: missing column " + required
                        + "; expected claim_id,rating,evidence_url,note,reviewer");
            }
        }
        return names;
    }

    private static RawRow toRow(int line, List<String> header, CSVRecord record) {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
            String value = lineBreaks(record.get(i));
            if (KNOWN.contains(header.get(i))) {
                cells.computeIfAbsent(header.get(i), k -> new ArrayList<>()).add(value);
            }
        }
        List<String> problems = record.size() == header.size() ? List.of()
                : List.of("row: has " + record.size() + " columns; the header has " + header.size());
        return new RawRow(line, cells, problems);
    }

    /** CRLF (and a lone CR, which Commons CSV also reads as a line end) inside a quoted field becomes LF. */
    static String lineBreaks(String value) {
        return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }
}
