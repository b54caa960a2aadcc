package io.factdesk.support;

import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

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

    /** The ANSI colours factdesk uses; which one a verdict gets is the verdict's business. */
    public enum Colour {
        GREEN("32"), YELLOW("33"), RED("31"), CYAN("36");

        private final String code;

        Colour(String code) {
            this.code = code;
        }
    }

    public String coloured(Colour colour, String text) {
        return wrap(colour.code, text);
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
