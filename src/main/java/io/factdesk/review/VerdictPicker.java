package io.factdesk.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

import io.factdesk.verdicts.Rating;

/**
 * A one-screen picker for the verdict scale: arrow keys (or j/k) move, Enter picks, and
 * every entry has a single-key shortcut. Runs the terminal raw with signals off, so
 * Ctrl-C comes back as a choice instead of killing the process. On a terminal at least
 * {@value #TWO_COLUMNS} columns wide the entries stand in two columns (seven lines in all,
 * leaving an 80×24 screen most of its rows for the claim); once a choice is made the picker
 * folds into one line saying what was chosen, so the claim card above stays on screen while
 * evidence and note are typed.
 */
final class VerdictPicker {

    record Item(char key, String label, PickerChoice choice) {
    }

    static final List<Item> ITEMS = List.of(
            new Item('t', "TRUE            (5)", PickerChoice.rate(Rating.TRUE)),
            new Item('m', "MOSTLY_TRUE     (4)", PickerChoice.rate(Rating.MOSTLY_TRUE)),
            new Item('h', "HALF_TRUE       (3)", PickerChoice.rate(Rating.HALF_TRUE)),
            new Item('o', "MOSTLY_FALSE    (2)", PickerChoice.rate(Rating.MOSTLY_FALSE)),
            new Item('f', "FALSE           (1)", PickerChoice.rate(Rating.FALSE)),
            new Item('u', "UNVERIFIABLE", PickerChoice.rate(Rating.UNVERIFIABLE)),
            new Item('n', "NOT_CHECKWORTHY  (leaves the queue)", PickerChoice.rate(Rating.NOT_CHECKWORTHY)),
            new Item('r', "reuse the earlier check shown", PickerChoice.of(PickerChoice.Action.REUSE)),
            new Item('s', "skip this claim for now", PickerChoice.of(PickerChoice.Action.SKIP)),
            new Item('b', "back to the previous claim", PickerChoice.of(PickerChoice.Action.BACK)),
            new Item('z', "undo your last save in this review", PickerChoice.of(PickerChoice.Action.UNDO)),
            new Item('q', "quit the review", PickerChoice.of(PickerChoice.Action.QUIT)));

    static final String TITLE = "Verdict: arrows and Enter, or the key in brackets";
    /** Columns the two-column layout needs (its longest row, plus the free last column). */
    static final int TWO_COLUMNS = 70;
    private static final int FIRST_COLUMN = 6;   // the five rated verdicts and UNVERIFIABLE on the left
    private static final int LEFT_WIDTH = 28;
    private static final int ESC = 27;

    /** Lines the picker takes on a terminal this wide, its title included. */
    static int height(int columns) {
        return 1 + rows(columns);
    }

    private static int rows(int columns) {
        return twoColumns(columns) ? Math.max(FIRST_COLUMN, ITEMS.size() - FIRST_COLUMN) : ITEMS.size();
    }

    private static boolean twoColumns(int columns) {
        return columns <= 0 || columns >= TWO_COLUMNS;
    }

    PickerChoice pick(Terminal terminal, boolean colour) {
        PrintWriter out = terminal.writer();
        int columns = terminal.getWidth();
        Attributes saved = terminal.enterRawMode();
        Attributes raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        int selected = 0;
        try {
            out.print(TITLE + "\r\n");
            draw(out, selected, colour, columns, false);
            NonBlockingReader in = terminal.reader();
            while (true) {
                int c = in.read();
                if (c < 0 || c == 3 || c == 4) {
                    fold(out, columns, "Verdict: abandoned");
                    return PickerChoice.of(PickerChoice.Action.INTERRUPT);
                }
                if (c == '\r' || c == '\n') {
                    return finish(out, selected, columns);
                }
                int move = c == ESC ? arrow(in) : c == 'k' ? -1 : c == 'j' ? 1 : 0;
                if (move != 0) {
                    selected = Math.floorMod(selected + move, ITEMS.size());
                    draw(out, selected, colour, columns, true);
                    continue;
                }
                for (int i = 0; i < ITEMS.size(); i++) {
                    if (Character.toLowerCase(c) == ITEMS.get(i).key()) {
                        return finish(out, i, columns);
                    }
                }
            }
        } catch (IOException e) {
            return PickerChoice.of(PickerChoice.Action.INTERRUPT);
        } finally {
            terminal.setAttributes(saved);
            out.flush();
        }
    }

    private static int arrow(NonBlockingReader in) throws IOException {
        int second = in.read(50);
        if (second != '[' && second != 'O') {
            return 0;
        }
        int third = in.read(50);
        return third == 'A' ? -1 : third == 'B' ? 1 : 0;
    }

    private PickerChoice finish(PrintWriter out, int selected, int columns) {
        Item item = ITEMS.get(selected);
        fold(out, columns, "Verdict: [" + item.key() + "] " + item.label().replaceAll("\\s+", " ").strip());
        return item.choice();
    }

    /** Replaces the picker (title and entries) with one line. */
    private static void fold(PrintWriter out, int columns, String line) {
        out.print("\033[" + height(columns) + "A\r\033[J" + line + "\r\n");
        out.flush();
    }

    private static void draw(PrintWriter out, int selected, boolean colour, int columns, boolean redraw) {
        List<String> lines = lines(selected, colour, columns);
        if (redraw) {
            out.print("\033[" + lines.size() + "A");
        }
        for (String line : lines) {
            out.print("\r\033[2K" + line + "\r\n");
        }
        out.flush();
    }

    /** The entries as shown, the selected one marked (and in reverse video on a colour terminal). */
    static List<String> lines(int selected, boolean colour, int columns) {
        List<String> lines = new ArrayList<>();
        if (!twoColumns(columns)) {
            for (int i = 0; i < ITEMS.size(); i++) {
                lines.add(entry(i, selected, colour, 0));
            }
            return lines;
        }
        int rows = rows(columns);
        for (int r = 0; r < rows; r++) {
            String left = r < FIRST_COLUMN ? entry(r, selected, colour, LEFT_WIDTH) : " ".repeat(LEFT_WIDTH);
            int right = FIRST_COLUMN + r;
            lines.add(right < ITEMS.size() ? left + entry(right, selected, colour, 0) : left.stripTrailing());
        }
        return lines;
    }

    private static String entry(int i, int selected, boolean colour, int padTo) {
        Item item = ITEMS.get(i);
        String text = (i == selected ? "> " : "  ") + "[" + item.key() + "] " + item.label();
        String pad = " ".repeat(Math.max(0, padTo - text.length()));
        return (i == selected && colour ? "\033[7m" + text + "\033[0m" : text) + pad;
    }
}
