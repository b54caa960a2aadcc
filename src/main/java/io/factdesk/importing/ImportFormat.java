package io.factdesk.importing;

import java.util.Locale;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** The formats verdicts can be imported from. */
public enum ImportFormat {
    CSV, JSONL;

    /** The name given to --format and offered by tab completion. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An explicit --format wins; otherwise the file's extension decides (.jsonl, .ndjson; anything else is CSV). */
    public static ImportFormat of(String option, String fileName) {
        if (option != null && !option.isBlank()) {
            return switch (option.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "jsonl", "ndjson" -> JSONL;
                default -> throw FactdeskException.badInput("unknown import format '" + TerminalText.safe(option)
                        + "'; one of csv, jsonl");
            };
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? JSONL : CSV;
    }
}
