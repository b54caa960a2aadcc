package io.factdesk.claims;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** A claim's number in this database, as shown by {@code claims list}. */
public record ClaimId(long value) {

    public ClaimId {
        if (value <= 0) {
            throw FactdeskException.badInput("claim id must be a positive number, got " + value);
        }
    }

    public static ClaimId parse(String text) {
        if (text == null || text.isBlank()) {
            throw FactdeskException.badInput("claim id is required");
        }
        String t = text.strip();
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        try {
            return new ClaimId(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw FactdeskException.badInput("claim id must be a number, got '" + TerminalText.safe(text) + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
