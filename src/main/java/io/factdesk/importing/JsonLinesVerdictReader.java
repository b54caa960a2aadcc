package io.factdesk.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.TerminalText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * JSON Lines: one verdict object per line, parsed by Jackson, with the CSV's field names
 * and {@code evidence} as an array of URLs. Blank lines are skipped.
 */
final class JsonLinesVerdictReader implements VerdictFileReader {

    private final Path file;
    private final String name;
    private final boolean ignoreUnknown;

    JsonLinesVerdictReader(Path file, String name, boolean ignoreUnknown) {
        this.file = file;
        this.name = name;
        this.ignoreUnknown = ignoreUnknown;
    }

    @Override
    public void read(Consumer<RawRow> rows) {
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(VerdictFileReader.utf8(file))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    rows.accept(toRow(lineNumber, line));
                }
            }
        } catch (CharacterCodingException e) {
            throw FactdeskException.badInput(name + ":" + Utf8Lines.firstInvalidLine(file) + ": not valid UTF-8");
        } catch (IOException | UncheckedIOException e) {
            throw FactdeskException.badInput(name + ": cannot read: " + e.getMessage());
        }
    }

    private RawRow toRow(int line, String text) {
        if (text.length() > MAX_ROW_CHARS && io.factdesk.support.CodePoints.count(text) > MAX_ROW_CHARS) {
            return new RawRow(line, Map.of(), "is " + io.factdesk.support.CodePoints.count(text)
                    + " characters long; at most " + MAX_ROW_CHARS);
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            return new RawRow(line, Map.of(), "is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new RawRow(line, Map.of(), "is not a JSON object");
        }
        Map<String, List<String>> cells = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (!KNOWN.contains(key)) {
                unknown.add(TerminalText.safe(key));
                continue;
            }
            JsonNode value = field.getValue();
            List<String> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(v -> values.add(v.isNull() ? "" : v.asString()));
            } else if (!value.isNull()) {
                values.add(value.asString());
            }
            cells.put(key, values);
        }
        String problem = unknown.isEmpty() || ignoreUnknown ? null
                : "unknown field(s) " + String.join(", ", unknown) + " (or pass --ignore-unknown-columns)";
        return new RawRow(line, cells, problem);
    }
}
