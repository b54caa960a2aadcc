package io.factdesk.support;

import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

import io.factdesk.verdicts.Rating;

/**
 * Colour for verdicts and highlights, only where it belongs: a terminal that has colours,
 * no NO_COLOR in the environment (https://no-color.org), and not a pipe. Text passed in
 * must already be made safe with {@link TerminalText}.
 */
public record ShellStyle(boolean colour) {

    private static final String RESET = "\033[0m";

    public static final ShellStyle PLAIN = new ShellStyle(false);

    public static boolean colourTerminal(Terminal terminal) {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        if (terminal == null || terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            return false;
        }
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colours != null && colours >= 8;
    }

    public String verdict(Rating rating) {
        if (rating == null) {
            return "-";
        }
        String code = switch (rating) {
            case TRUE, MOSTLY_TRUE -> "32";
            case HALF_TRUE -> "33";
            case MOSTLY_FALSE, FALSE -> "31";
            case UNVERIFIABLE, NOT_CHECKWORTHY -> "36";
        };
        return wrap(code, rating.name());
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    public String highlight(String text) {
        return wrap("1;33", text);
    }

    private String wrap(String code, String text) {
        return colour ? "\033[" + code + "m" + text + RESET : text;
    }
}
