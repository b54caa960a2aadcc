package io.factdesk.claims;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * How well the queue's rules pick check-worthy sentences, measured on a newsroom's own labelled file:
 * tab-separated, a header line, then one sentence per line as id, text and Yes or No (the CheckThat!
 * format). Each sentence is scored on its own, as in an article's body; a sentence is predicted
 * check-worthy when it would enter the queue.
 */
@Service
public class CheckWorthinessEvaluation {

    /** The counts and the figures of the check-worthy class. */
    public record Result(String file, int sentences, int truePositives, int falsePositives, int falseNegatives,
                         int trueNegatives, double threshold) {

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 0 : (double) truePositives / actual;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final ClaimExtractor extractor;

    public CheckWorthinessEvaluation(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    public Result evaluate(Path file) {
        String name = TerminalText.safe(file.toString());
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Tab-separated without quoting: a sentence may hold quote marks anywhere.
        CSVFormat format = CSVFormat.TDF.builder().setQuote(null).setIgnoreEmptyLines(true).get();
        int[] counts = new int[4];
        int sentences = 0;
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            boolean header = true;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (row.size() < 3) {
                        throw FactdeskException.badInput(name + ":" + line + ": needs a header and three tab-separated"
                                + " columns: id, text, label (Yes or No)");
                    }
                    continue;
                }
                if (row.size() < 3) {
                    throw FactdeskException.badInput(name + ":" + line + ": needs three tab-separated columns: id, text, label");
                }
                boolean labelled = label(row.get(2), name, line);
                boolean predicted = extractor.assessSentence(row.get(1).strip()).checkworthy(extractor.threshold());
                counts[(predicted ? 0 : 2) + (labelled == predicted ? 0 : 1)]++;
                sentences++;
            }
        } catch (NoSuchFileException e) {
            throw FactdeskException.notFound(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw FactdeskException.badInput(name + ": not UTF-8 text");
        } catch (java.io.UncheckedIOException e) {
            throw FactdeskException.badInput(name + ": " + (e.getCause() instanceof CharacterCodingException ? "not UTF-8 text"
                    : "cannot be read (" + e.getCause().getMessage() + ")"));
        } catch (IOException e) {
            throw FactdeskException.badInput(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (sentences == 0) {
            throw FactdeskException.badInput(name + ": no labelled sentences");
        }
        // counts: [0] predicted and labelled (TP), [1] predicted, not labelled (FP), [2] neither (TN), [3] labelled only (FN)
        return new Result(name, sentences, counts[0], counts[1], counts[3], counts[2], extractor.threshold());
    }

    private static boolean label(String text, String file, long line) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw FactdeskException.badInput(file + ":" + line + ": label '" + TerminalText.safe(text)
                    + "' is not Yes or No");
        };
    }
}
