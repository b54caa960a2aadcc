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
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw FactdeskException.badInput(option + " must be a whole number, got '" + TerminalText.safe(text) + "'");
        }
    }

    public static Double decimal(String option, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw FactdeskException.badInput(option + " must be a number, got '" + TerminalText.safe(text) + "'");
        }
    }
}
