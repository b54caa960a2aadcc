package io.factdesk.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.TerminalText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * JSON Lines: one verdict object per line, read by Jackson's streaming parser, with the CSV's
 * field names and {@code evidence} as an array of URLs. Blank lines are skipped. Each field is
 * one plain value (an array of them for evidence): a nested object or array, or a key given
 * twice, is a problem with that field, never silently flattened or overwritten.
 */
final class JsonLinesVerdictReader implements VerdictFileReader {

    private static final List<String> LISTS = List.of("evidence", "evidence_url");

    private final ImportInput input;
    private final String name;
    private final boolean ignoreUnknown;

    JsonLinesVerdictReader(ImportInput input, String name, boolean ignoreUnknown) {
        this.input = input;
        this.name = name;
        this.ignoreUnknown = ignoreUnknown;
    }

    @Override
    public void read(Consumer<RawRow> rows) {
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(input.reader(false))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    rows.accept(toRow(lineNumber, line));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            FactdeskException refused = VerdictFileReader.refusal(name, e);
            throw refused != null ? refused
                    : ImportInput.cannotRead(name, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private RawRow toRow(int line, String text) {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new RawRow(line, Map.of(), List.of("row: is not a JSON object"));
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String key = parser.currentName();
                parser.nextToken();
                List<String> values = values(parser, key, problems);
                if (!KNOWN.contains(key)) {
                    if (!unknown.contains(TerminalText.safe(key))) {
                        unknown.add(TerminalText.safe(key));
                    }
                } else if (cells.containsKey(key)) {
                    problems.add(key + ": given twice in one object");
                } else {
                    cells.put(key, values);
                }
            }
            if (parser.nextToken() != null) {
                return new RawRow(line, Map.of(), List.of("row: is not valid JSON: more after the object's closing '}'"));
            }
        } catch (JacksonException e) {
            return new RawRow(line, Map.of(), List.of("row: is not valid JSON: "
                    + TerminalText.safe(io.factdesk.support.Json.reason(e))));
        }
        if (!unknown.isEmpty() && !ignoreUnknown) {
            problems.add(0, "row: unknown field(s) " + String.join(", ", unknown) + " (or pass --ignore-unknown-columns)");
        }
        return new RawRow(line, cells, problems);
    }

    /** The field's value as text, or its array's values for evidence; a nested value is a problem (and skipped). */
    private static List<String> values(JsonParser parser, String key, List<String> problems) {
        String field = TerminalText.safe(key);
        List<String> values = new ArrayList<>();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY && LISTS.contains(key)) {
            int item = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                item++;
                if (t.isStructStart()) {
                    problems.add(field + ": item " + item + " is " + kind(t) + "; give each URL as a string");
                    parser.skipChildren();
                } else if (t != JsonToken.VALUE_NULL) {
                    values.add(parser.getString());
                }
            }
        } else if (token.isStructStart()) {
            problems.add(field + ": is " + kind(token) + "; expected a single value"
                    + (LISTS.contains(key) ? " or an array of URLs" : ""));
            parser.skipChildren();
        } else if (token != JsonToken.VALUE_NULL) {
            values.add(parser.getString());
        }
        return values;
    }

    private static String kind(JsonToken token) {
        return token == JsonToken.START_OBJECT ? "an object" : "an array";
    }
}
