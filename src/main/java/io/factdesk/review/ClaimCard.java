package io.factdesk.review;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

import io.factdesk.claims.Claim;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.claimviews.ClaimTextRenderer;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.support.ShellStyle;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictTextRenderer;

/**
 * The claim as the review loop shows it: progress, seed and sentence number, the seed's source URL,
 * the sentences around it with the claim highlighted, score, type, claimant, why it was picked, what
 * others decided and its near-duplicates. Text is wrapped between words to the terminal's width. The
 * card is made to fit the rows it is given (the terminal less the picker below it), so its first
 * lines never scroll away: when it would be taller, the context sentences are shortened first (the
 * part next to the claim is kept), then the reasons and lists, then the context goes, then the lists
 * and reasons, and only last the claim itself.
 */
final class ClaimCard {

    /** The narrowest layout; a terminal narrower than this gets lines that wrap. */
    static final int MIN_COLUMNS = 30;

    private ClaimCard() {
    }

    static void print(ClaimWithVerdicts cv, Progress progress, String sourceUrl, List<String> notices,
                      ShellStyle style, int columns, int rows, PrintWriter out) {
        lines(cv, progress, sourceUrl, notices, style, columns, rows).forEach(out::println);
        out.flush();
    }

    /**
     * The card's lines for a terminal {@code columns} wide, in at most {@code rows} lines (0: no limit).
     * One column is left free at the right edge, where some terminals wrap early.
     */
    static List<String> lines(ClaimWithVerdicts cv, Progress progress, String sourceUrl, List<String> notices,
                              ShellStyle style, int columns, int rows) {
        Claim c = cv.claim();
        int width = Math.max(MIN_COLUMNS, (columns <= 0 ? 80 : columns) - 1);
        List<Block> order = new ArrayList<>();

        Block notice = Block.head(wrapAll(notices, width), UnaryOperator.identity());
        Block blank = Block.head(notices.isEmpty() ? List.of("") : List.of(), UnaryOperator.identity());
        Block header = Block.fixed(CardText.fit(progress.bar() + " " + progress.text(), width));
        String claimLabel = "Claim " + c.id();
        String titleLine = CardText.fit(claimLabel + " · " + TerminalText.safe(c.seedTitle()) + " ("
                + TerminalText.safe(c.seedName()) + ", sentence " + c.position() + ")", width);
        Block title = Block.fixed(titleLine.startsWith(claimLabel)
                ? style.bold(claimLabel) + titleLine.substring(claimLabel.length()) : titleLine);
        Block source = Block.head(prefixed("source: ", sourceUrl == null ? "not given in the seed"
                : TerminalText.safe(sourceUrl), width), UnaryOperator.identity());
        Block before = c.contextBefore() == null ? Block.empty()
                : Block.tail("  ", CardText.wrap(TerminalText.safe(c.contextBefore()), width - 2), style::dim);
        Block claim = Block.head(prefixed("» ", TerminalText.safe(c.text()), width), style::highlight);
        Block after = c.contextAfter() == null ? Block.empty()
                : Block.head(indent("  ", CardText.wrap(TerminalText.safe(c.contextAfter()), width - 2)), style::dim);
        Block score = Block.fixed(CardText.fit(String.format(Locale.ROOT, "score %.2f%s · type %s%s", c.score(),
                c.modelScore() == null ? "" : String.format(Locale.ROOT, " · model %.2f", c.modelScore()), c.type().label(), c.claimant() == null ? "" : " · claimant " + TerminalText.safe(c.claimant())), width));
        Block why = Block.head(prefixed("why: ", c.reasons().isEmpty() ? "promoted by a reviewer"
                : TerminalText.safe(String.join("; ", c.reasons())), width), UnaryOperator.identity());
        List<String> verdictLines = new ArrayList<>();
        if (cv.hidden() > 0) {
            verdictLines.add(CardText.fit(io.factdesk.claimviews.ClaimTextRenderer.otherReviews(cv.hidden())
                    + " (blind review: shown once yours is saved)", width));
        }
        for (VerdictEntry v : cv.current()) {
            verdictLines.add(verdictLine(v, style, width));
        }
        Block verdicts = Block.list(verdictLines, n -> CardText.fit("… and " + n + " more verdicts ('claims show "
                + c.id() + "' lists them)", width));
        List<String> duplicateLines = new ArrayList<>();
        for (NearDuplicate d : cv.duplicates()) {
            duplicateLines.add(CardText.fit(String.format(Locale.ROOT, "same as claim %d (%.2f): %s", d.claimId(),
                    d.similarity(), ClaimTextRenderer.snippet(d.text())), width));
        }
        Block duplicates = Block.list(duplicateLines, n -> CardText.fit("… and " + n + " more near-duplicates ('claims show "
                + c.id() + "' lists them)", width));
        List<String> matchLines = new ArrayList<>();
        for (io.factdesk.claimviews.AlreadyChecked m : cv.matches()) {
            matchLines.add(CardText.fit("checked before: " + ClaimTextRenderer.matchLine(m), width));
        }
        Block matches = Block.list(matchLines, n -> CardText.fit("… and " + n + " more earlier checks ('claims show "
                + c.id() + "' lists them)", width));
        order.addAll(List.of(notice, blank, header, title, source, before, claim, after, score, why, verdicts, matches,
                duplicates));

        if (rows > 0) {
            int[] total = {order.stream().mapToInt(b -> b.shown).sum()};
            // The context sentences first, the longer one a line at a time, down to one line each.
            while (total[0] > rows && (before.shown > 1 || after.shown > 1)) {
                Block longer = before.shown >= after.shown && before.shown > 1 ? before : after.shown > 1 ? after : before;
                longer.shown--;
                total[0]--;
            }
            for (Block b : List.of(why, duplicates, matches, verdicts, notice, source)) {
                shrink(b, 1, total, rows);
            }
            for (Block b : List.of(blank, before, after)) {
                shrink(b, 0, total, rows);
            }
            for (Block b : List.of(duplicates, matches, verdicts, why, notice)) {
                shrink(b, 0, total, rows);
            }
            shrink(claim, 1, total, rows);
        }
        List<String> out = new ArrayList<>();
        order.forEach(b -> out.addAll(b.render(width)));
        return out;
    }

    private static void shrink(Block b, int min, int[] total, int rows) {
        while (total[0] > rows && b.shown > min) {
            b.shown--;
            total[0]--;
        }
    }

    private static String verdictLine(VerdictEntry v, ShellStyle style, int width) {
        String rating = v.rating().name();
        String lead = "verdict so far: ";
        String plain = CardText.fit(lead + rating + " by " + TerminalText.safe(v.reviewer())
                + (v.appliedFromId() == null ? "" : " (" + VerdictTextRenderer.appliedFrom(v) + ")")
                + (v.note() == null || v.note().isEmpty() ? "" : " — " + ClaimTextRenderer.snippet(v.note())), width);
        return plain.startsWith(lead + rating)
                ? lead + VerdictTextRenderer.rating(v.rating(), style) + plain.substring(lead.length() + rating.length())
                : plain;
    }

    /** The text wrapped after a label on its first line, later lines indented under the text. */
    private static List<String> prefixed(String label, String text, int width) {
        int labelWidth = CardText.width(label);
        List<String> wrapped = CardText.wrap(text, width - labelWidth);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i++) {
            out.add((i == 0 ? label : " ".repeat(labelWidth)) + wrapped.get(i));
        }
        if (out.isEmpty()) {
            out.add(label.stripTrailing());
        }
        return out;
    }

    private static List<String> indent(String prefix, List<String> lines) {
        return lines.stream().map(l -> prefix + l).toList();
    }

    private static List<String> wrapAll(List<String> paragraphs, int width) {
        List<String> out = new ArrayList<>();
        paragraphs.forEach(p -> out.addAll(CardText.wrap(p, width)));
        return out;
    }

    /** Some lines of the card, and how many of them it shows. */
    private static final class Block {

        enum Cut { FIXED, HEAD, TAIL, LIST }

        final List<String> lines;
        final Cut cut;
        final String prefix;
        final UnaryOperator<String> style;
        final IntFunction<String> more;
        int shown;

        private Block(List<String> lines, Cut cut, String prefix, UnaryOperator<String> style, IntFunction<String> more) {
            this.lines = List.copyOf(lines);
            this.cut = cut;
            this.prefix = prefix;
            this.style = style;
            this.more = more;
            this.shown = lines.size();
        }

        static Block empty() {
            return new Block(List.of(), Cut.FIXED, "", UnaryOperator.identity(), null);
        }

        static Block fixed(String line) {
            return new Block(List.of(line), Cut.FIXED, "", UnaryOperator.identity(), null);
        }

        /** Shortened from the end: the lines kept are the first ones, the last of them ending in "…". */
        static Block head(List<String> lines, UnaryOperator<String> style) {
            return new Block(lines, Cut.HEAD, "", style, null);
        }

        /** Shortened from the start (the sentence before the claim keeps its end). */
        static Block tail(String prefix, List<String> lines, UnaryOperator<String> style) {
            return new Block(indent(prefix, lines), Cut.TAIL, prefix, style, null);
        }

        /** One line per item; shortened to the first items and a line saying how many more. */
        static Block list(List<String> lines, IntFunction<String> more) {
            return new Block(lines, Cut.LIST, "", UnaryOperator.identity(), more);
        }

        List<String> render(int width) {
            if (shown >= lines.size()) {
                return lines.stream().map(style).toList();
            }
            if (shown <= 0) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            switch (cut) {
                case HEAD -> {
                    out.addAll(lines.subList(0, shown));
                    String last = out.remove(shown - 1);
                    out.add(CardText.cutToWidth(last, width - 1) + CardText.ELLIPSIS);
                }
                case TAIL -> {
                    out.addAll(lines.subList(lines.size() - shown, lines.size()));
                    String first = out.remove(0).substring(prefix.length());
                    int room = width - CardText.width(prefix) - 1;
                    out.add(0, prefix + CardText.ELLIPSIS + CardText.keepEnd(first, room));
                }
                case LIST -> {
                    out.addAll(lines.subList(0, shown - 1));
                    out.add(more.apply(lines.size() - shown + 1));
                }
                case FIXED -> out.addAll(lines.subList(0, shown));
            }
            return out.stream().map(style).toList();
        }
    }
}
