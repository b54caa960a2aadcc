package io.factdesk.support;

/** Parses option values typed as text, with one-line errors that name the option. */
public final class OptionValues {

    private OptionValues() {
    }

    public static int wholeNumber(String option, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            String t = text.strip();
            // Integer.parseInt takes digits of any script; an option value is written in ASCII digits.
            if (!t.matches("[-+]?[0-9]{1,10}")) {
                throw new NumberFormatException(t);
            }
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw FactdeskException.badInput(option + " must be a whole number, got '" + TerminalText.safe(text) + "'");
        }
    }

    /**
     * A decimal number as people write it ("0.5", ".5", "1e-2"). NaN, Infinity, hexadecimal and Java's "d"/"f"
     * suffixes, all of which Double.parseDouble takes, are refused, as is a number too large to hold.
     */
    public static Double decimal(String option, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (DECIMAL.matcher(t).matches()) {
            double value = Double.parseDouble(t);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        throw FactdeskException.badInput(option + " must be a number, got '" + TerminalText.safe(text) + "'");
    }

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]{1,4})?");
}
