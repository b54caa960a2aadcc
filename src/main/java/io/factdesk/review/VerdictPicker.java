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
 * Ctrl-C comes back as a choice instead of killing the process.
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
            new Item('s', "skip this claim for now", PickerChoice.of(PickerChoice.Action.SKIP)),
            new Item('b', "back to the previous claim", PickerChoice.of(PickerChoice.Action.BACK)),
            new Item('z', "undo the verdict just saved", PickerChoice.of(PickerChoice.Action.UNDO)),
            new Item('q', "quit the review", PickerChoice.of(PickerChoice.Action.QUIT)));

    private static final int ESC = 27;

    PickerChoice pick(Terminal terminal, boolean colour) {
        PrintWriter out = terminal.writer();
        Attributes saved = terminal.enterRawMode();
        Attributes raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        int selected = 0;
        try {
            out.println("Verdict: arrows and Enter, or the key in brackets");
            draw(out, selected, colour, false);
            NonBlockingReader in = terminal.reader();
            while (true) {
                int c = in.read();
                if (c < 0 || c == 3 || c == 4) {
                    return PickerChoice.of(PickerChoice.Action.INTERRUPT);
                }
                if (c == '\r' || c == '\n') {
                    return finish(out, selected, colour);
                }
                int move = c == ESC ? arrow(in) : c == 'k' ? -1 : c == 'j' ? 1 : 0;
                if (move != 0) {
                    selected = Math.floorMod(selected + move, ITEMS.size());
                    draw(out, selected, colour, true);
                    continue;
                }
                for (int i = 0; i < ITEMS.size(); i++) {
                    if (Character.toLowerCase(c) == ITEMS.get(i).key()) {
                        return finish(out, i, colour);
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

    private PickerChoice finish(PrintWriter out, int selected, boolean colour) {
        draw(out, selected, colour, true);
        return ITEMS.get(selected).choice();
    }

    private static void draw(PrintWriter out, int selected, boolean colour, boolean redraw) {
        if (redraw) {
            out.print("\033[" + ITEMS.size() + "A");
        }
        for (String line : lines(selected, colour)) {
            out.print("\r\033[2K" + line + "\r\n");
        }
        out.flush();
    }

    static List<String> lines(int selected, boolean colour) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            Item item = ITEMS.get(i);
            String text = (i == selected ? "> " : "  ") + "[" + item.key() + "] " + item.label();
            lines.add(i == selected && colour ? "\033[7m" + text + "\033[0m" : text);
        }
        return lines;
    }
}
