package io.factdesk.support;

import java.util.Locale;

/** The --format of commands that print results: text for people, json for scripts. */
public enum OutputFormat {
    TEXT, JSON;

    /** The name given to --format and offered by tab completion. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return TEXT;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw FactdeskException.badInput("unknown format '" + TerminalText.safe(text)
                    + "'; one of text, json");
        };
    }
}
