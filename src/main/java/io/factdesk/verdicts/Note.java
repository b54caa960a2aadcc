package io.factdesk.verdicts;

import io.factdesk.support.FactdeskException;

/** The reviewer's explanation: up to 10,000 characters; newline and tab are the only control characters allowed. */
public record Note(String value) {

    public static final int MAX_LENGTH = 10_000;

    public Note {
        value = value == null ? "" : value.strip();
        if (value.length() > MAX_LENGTH) {
            throw FactdeskException.badInput("note is " + value.length() + " characters; at most " + MAX_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw FactdeskException.badInput(String.format(
                        "note contains control character U+%04X at position %d; only newline and tab are allowed",
                        (int) c, i + 1));
            }
        }
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
