package io.factdesk.factchecks;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.factdesk.support.CodePoints;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.TerminalText;
import io.factdesk.support.Utf8Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * A file of ClaimReview JSON-LD in any of the shapes fact-checkers publish: one object, an array of them,
 * an object with {@code @graph} (where anything but a ClaimReview is skipped: a page's graph holds its
 * article and organisation too), or JSON Lines, one object per line. The whole file is read and checked
 * before anything is written, and every problem is reported with where it is: "FILE: $[3].url: missing",
 * or for JSON Lines "FILE:7: $.url: missing".
 */
final class ClaimReviewFile {

    /** Larger than any publisher's feed we know of; the file is parsed whole, so its size bounds memory. */
    static final long MAX_BYTES = 64L << 20;

    /** The valid reviews in file order, and every problem; the file is importable only without problems. */
    record Parsed(List<NewFactCheck> reviews, List<String> problems) {
        Parsed {
            reviews = List.copyOf(reviews);
            problems = List.copyOf(problems);
        }
    }

    // a key given twice would otherwise silently keep the last value
    private static final ObjectReader READER = Json.MAPPER.readerFor(JsonNode.class)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String name;
    private final List<NewFactCheck> reviews = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private ClaimReviewFile(String name) {
        this.name = name;
    }

    /** @param name the file as messages name it, already safe for the terminal */
    static Parsed read(Path file, String name) {
        return parse(text(file, name), name, isJsonLinesName(file));
    }

    /** The text of a file, read as {@link #read} reads it; {@code jsonLines} when its name says so. */
    static Parsed parse(String text, String name, boolean jsonLines) {
        ClaimReviewFile parsed = new ClaimReviewFile(name);
        if (jsonLines || (!text.isBlank() && holdsSeveralValues(text))) {
            parsed.lines(text);
        } else if (!text.isBlank()) {
            parsed.document(text);
        }
        return new Parsed(parsed.reviews, parsed.problems);
    }

    private static boolean isJsonLinesName(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /**
     * Whether the text is a sequence of JSON values rather than one: JSON Lines under another name. When even
     * the first value cannot be read, it is JSON Lines if its first line is an object on its own.
     */
    private static boolean holdsSeveralValues(String text) {
        // token by token: a reader's readValues would take a top-level array's items for the values
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.nextToken() != null;
        } catch (JacksonException e) {
            String first = text.strip().lines().findFirst().orElse("");
            try {
                return READER.readTree(first).isObject();
            } catch (JacksonException notOnItsOwn) {
                return false;
            }
        }
    }

    private void document(String text) {
        try {
            walk(READER.readTree(text), "$", name + ": ");
        } catch (JacksonException e) {
            problems.add(name + ": not JSON (" + reason(e, true) + ")");
        }
    }

    private void lines(String text) {
        int number = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + number + ": ";
            try {
                walk(READER.readTree(line), "$", where);
            } catch (JacksonException e) {
                problems.add(where + "not JSON (" + reason(e, false) + ")");
            }
        }
    }

    private void walk(JsonNode root, String path, String where) {
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                item(root.get(i), path + "[" + i + "]", where);
            }
        } else if (root.isObject()) {
            item(root, path, where);
        } else {
            problems.add(where + path + ": not a ClaimReview, an array of them or a @graph (" + JsonFields.kind(root) + ")");
        }
    }

    private void item(JsonNode node, String path, String where) {
        if (!node.isObject()) {
            problems.add(where + path + ": not an object (" + JsonFields.kind(node) + ")");
        } else if (node.has("@graph")) {
            graph(node.get("@graph"), path + "['@graph']", where);
        } else if (node.has("@type") && !ClaimReviewEntry.isClaimReview(node)) {
            JsonNode type = node.get("@type");
            problems.add(where + path + ": not a ClaimReview (@type " + JsonFields.quote(type.isString() ? type.stringValue()
                    : type.toString()) + ")");
        } else {
            review(node, path, where);
        }
    }

    /** A graph's ClaimReviews; its other nodes (the page, its publisher, breadcrumbs) are not for this library. */
    private void graph(JsonNode graph, String path, String where) {
        if (graph.isObject() && ClaimReviewEntry.isClaimReview(graph)) {
            review(graph, path, where);
        } else if (graph.isArray()) {
            for (int i = 0; i < graph.size(); i++) {
                if (graph.get(i).isObject() && ClaimReviewEntry.isClaimReview(graph.get(i))) {
                    review(graph.get(i), path + "[" + i + "]", where);
                }
            }
        } else if (!graph.isObject()) {
            problems.add(where + path + ": not an array of nodes (" + JsonFields.kind(graph) + ")");
        }
    }

    private void review(JsonNode node, String path, String where) {
        List<String> found = new ArrayList<>();
        ClaimReviewEntry.read(node, path, found).ifPresent(reviews::add);
        found.forEach(p -> problems.add(where + p));
    }

    /** Jackson's reason, on one line and cut short, with where it is in a document. */
    private static String reason(JacksonException e, boolean withLine) {
        String message = io.factdesk.support.Json.reason(e);
        message = CodePoints.count(message) > 100 ? CodePoints.cutBefore(message, 99) + "…" : message;
        var at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : (withLine ? "line " + at.getLineNr() + ", " : "") + "column " + at.getColumnNr() + ": ";
        return where + TerminalText.safe(message);
    }

    /** The file's text, strictly UTF-8 with a leading byte order mark dropped; refusals are one line. */
    private static String text(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw FactdeskException.badInput("fact-check file " + name + " is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw FactdeskException.badInput(name + ": " + size + " bytes, over the limit of " + MAX_BYTES
                        + "; split it into smaller files (JSON Lines splits between any two lines)");
            }
            return Utf8Text.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw FactdeskException.notFound("fact-check file " + name + " not found");
        } catch (Utf8Text.Malformed e) {
            throw FactdeskException.badInput(name + ":" + e.line() + ": not UTF-8 text; nothing written");
        } catch (AccessDeniedException e) {
            throw FactdeskException.failure("cannot read fact-check file " + name + ": permission denied", e);
        } catch (IOException e) {
            throw FactdeskException.failure("cannot read fact-check file " + name + ": "
                    + TerminalText.safe(String.valueOf(e.getMessage())), e);
        }
    }
}
