package io.factdesk.verdicts;

import io.factdesk.support.FactdeskException;

/** Who decided: 1–100 printable characters after trimming; any script (e.g. "Nguyễn Thị Lan"). */
public record ReviewerName(String value) {

    public static final int MAX_LENGTH = 100;

    public ReviewerName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw FactdeskException.badInput("reviewer name is empty");
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            throw FactdeskException.badInput("reviewer name is " + length + " characters; at most " + MAX_LENGTH);
        }
        value.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw FactdeskException.badInput(String.format(
                        "reviewer name contains the unprintable character U+%04X", cp));
            }
        });
    }

    @Override
    public String toString() {
        return value;
    }
}
