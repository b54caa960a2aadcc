package io.factdesk.verdicts;

import java.text.Normalizer;

import io.factdesk.support.CodePoints;
import io.factdesk.support.FactdeskException;

/**
 * The reviewer's explanation: up to 10,000 characters (code points, so an emoji counts once);
 * newline and tab are the only control characters allowed. Stored in Unicode NFC, like names, so
 * that the same words typed on two keyboards are the same note (for search and for recognising a
 * row already imported).
 */
public record Note(String value) {

    public static final int MAX_LENGTH = 10_000;

    public Note {
        value = value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        int length = CodePoints.count(value);
        if (length > MAX_LENGTH) {
            throw FactdeskException.badInput("note is " + length + " characters; at most " + MAX_LENGTH);
        }
        int position = 0;
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int c = value.codePointAt(i);
            position++;
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                throw FactdeskException.badInput(String.format(
                        "note contains control character U+%04X at position %d; only newline and tab are allowed",
                        c, position));
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
