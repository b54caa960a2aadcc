package io.factdesk.factchecks;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import io.factdesk.support.CodePoints;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.EvidenceUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Plain values out of a JSON-LD object, each read or refused with its JSON path. Every method returns null
 * for an absent field (missing, null or an empty string) and for a refused one, which it adds to the problems.
 */
final class JsonFields {

    /** At most this many characters (code points) in any text field: a claim is a sentence or two, not a file. */
    static final int MAX_TEXT = 10_000;

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]{1,4})?");

    final List<String> problems;

    JsonFields(List<String> problems) {
        this.problems = problems;
    }

    /** The value, or "missing" when the field is absent, null or empty (a value of the wrong kind is reported already). */
    String required(String value, JsonNode node, String path) {
        if (value == null && (absent(node) || isBlank(node))) {
            problems.add(path + ": missing");
        }
        return value;
    }

    /** An ISO-8601 date or date-time; the date as written, in the publisher's own zone (not moved to UTC). */
    LocalDate date(JsonNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDateTime.parse(text).toLocalDate();
                } catch (DateTimeParseException e) {
                    problems.add(path + ": not an ISO-8601 date (" + quote(text) + ")");
                    return null;
                }
            }
        }
    }

    String url(JsonNode node, String path) {
        String text = text(node, path);
        String problem = text == null ? null : EvidenceUrl.problem(text);
        if (problem != null) {
            problems.add(path + ": not a usable http(s) URL: " + problem + " (" + quote(text) + ")");
            return null;
        }
        return text;
    }

    /** A number, or a string holding one; an empty string is no value. */
    Double number(JsonNode node, String path) {
        double value;
        if (absent(node) || isBlank(node)) {
            return null;
        } else if (node.isNumber()) {
            value = node.doubleValue();
        } else if (node.isString() && DECIMAL.matcher(node.stringValue().strip()).matches()) {
            value = Double.parseDouble(node.stringValue().strip());
        } else {
            problems.add(path + ": not a number (" + (node.isString() ? quote(node.stringValue()) : kind(node)) + ")");
            return null;
        }
        if (!Double.isFinite(value) || Math.abs(value) > Float.MAX_VALUE) {
            problems.add(path + ": too large a number (" + quote(node.asString()) + ")");
            return null;
        }
        return value;
    }

    /** Text in Unicode NFC with spaces trimmed; an empty string is no value. */
    String text(JsonNode node, String path) {
        if (absent(node)) {
            return null;
        }
        if (!node.isString()) {
            problems.add(path + ": not text (" + kind(node) + ")");
            return null;
        }
        String text = Normalizer.normalize(node.stringValue(), Normalizer.Form.NFC).strip();
        if (CodePoints.count(text) > MAX_TEXT) {
            problems.add(path + ": " + CodePoints.count(text) + " characters; at most " + MAX_TEXT);
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    /** An object, or nothing (a missing node); anything else is a problem. */
    JsonNode object(JsonNode node, String path) {
        if (!absent(node) && !node.isObject()) {
            problems.add(path + ": not an object (" + kind(node) + ")");
        }
        return node.isObject() ? node : MissingNode.getInstance();
    }

    static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    static boolean isBlank(JsonNode node) {
        return node.isString() && node.stringValue().isBlank();
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NUMBER -> "a number";
            case BOOLEAN -> node.asString();
            case STRING -> "text";
            default -> "null";
        };
    }

    /** A value as a problem line shows it: in quotes, made safe for the terminal, long ones cut. */
    static String quote(String value) {
        String v = CodePoints.count(value) > 60 ? CodePoints.cutBefore(value, 59) + "…" : value;
        return "\"" + TerminalText.safe(v) + "\"";
    }

}
