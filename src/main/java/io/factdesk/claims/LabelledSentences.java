package io.factdesk.claims;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.support.Utf8Text;

/**
 * A labelled check-worthiness file: tab-separated, a header line, then one sentence per line as id, text and
 * Yes or No (the CheckThat! format). A first line that is itself a labelled sentence is read as one, not
 * dropped as a header. Shared by the evaluation and the model's training.
 *
 * @param skipped rows left out by a lenient read (a label that is not Yes or No, or not three columns)
 */
public record LabelledSentences(String file, List<String> texts, List<Boolean> labels, int skipped) {

    public LabelledSentences {
        texts = List.copyOf(texts);
        labels = List.copyOf(labels);
    }

    public int size() {
        return texts.size();
    }

    /** Every row must be well formed. */
    public static LabelledSentences read(Path file) {
        return read(file, true);
    }

    /**
     * @param strict false to skip a row whose label is not Yes or No: a published training file may hold a
     *               few merged rows, and one of them should not stop a training run
     */
    public static LabelledSentences read(Path file, boolean strict) {
        String name = TerminalText.safe(file.toString());
        String text;
        try {
            // Decoded whole first, so that a byte that is not UTF-8 is named by its line before anything is read.
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw FactdeskException.notFound(name + ": no such file");
        } catch (Utf8Text.Malformed e) {
            throw FactdeskException.badInput(name + ":" + e.line() + ": not UTF-8 text");
        } catch (IOException e) {
            throw FactdeskException.badInput(name + ": cannot be read (" + e.getMessage() + ")");
        }
        // Tab-separated without quoting: a sentence may hold quote marks anywhere.
        CSVFormat format = CSVFormat.TDF.builder().setQuote(null).setIgnoreEmptyLines(true).get();
        List<String> texts = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        int skipped = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            boolean first = true;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (first) {
                    first = false;
                    if (row.size() < 3) {
                        throw FactdeskException.badInput(name + ":" + line + ": needs a header and three tab-separated"
                                + " columns: id, text, label (Yes or No)");
                    }
                    // A file that starts with its first sentence has no header to skip: that row is data.
                    if (row.size() != 3 || label(row.get(2)) == null) {
                        continue;
                    }
                }
                Boolean label = row.size() == 3 ? label(row.get(2)) : null;
                if (label == null && strict) {
                    throw FactdeskException.badInput(name + ":" + line + ": " + (row.size() == 3
                            ? "label '" + TerminalText.safe(row.get(2)) + "' is not Yes or No"
                            : row.size() + " tab-separated columns; needs three: id, text, label"));
                }
                if (label == null) {
                    skipped++;
                    continue;
                }
                texts.add(row.get(1).strip());
                labels.add(label);
            }
        } catch (IOException | UncheckedIOException e) {
            throw FactdeskException.badInput(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (texts.isEmpty()) {
            throw FactdeskException.badInput(name + ": no labelled sentences");
        }
        return new LabelledSentences(name, texts, labels, skipped);
    }

    private static Boolean label(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
    }
}
