package io.factdesk.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.factdesk.support.FactdeskException;

/**
 * Measures the review queue against hand labels: precision, recall and F1 of the
 * check-worthy class. A label file is TSV (seed, 1|0, type, sentence text) with '#'
 * comments; a sentence the extractor no longer produces is reported, not ignored.
 */
public final class ExtractionEvaluation {

    /** The confusion counts and the sentences behind the errors. */
    public record Result(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                         List<String> missed, List<String> wronglyQueued, List<String> unmatchedLabels) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        public String summary() {
            return String.format("precision %.3f, recall %.3f, F1 %.3f (TP %d, FP %d, FN %d, TN %d)",
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }

    private final ClaimExtractor extractor;
    private final ModelScoring model;

    /** The rules alone. */
    public ExtractionEvaluation(ClaimExtractor extractor) {
        this(extractor, SentenceClassifier.NONE);
    }

    /** The queue as rules and model decide it together. */
    public ExtractionEvaluation(ClaimExtractor extractor, SentenceClassifier model) {
        this.extractor = extractor;
        this.model = new ModelScoring(model, null);
    }

    /** @param articles seed name to text; labels read from {@code labelFile} */
    public Result evaluate(Map<String, String> articles, Path labelFile) {
        Map<String, Boolean> labels = readLabels(labelFile);
        Map<String, Boolean> remaining = new HashMap<>(labels);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> article : articles.entrySet()) {
            for (ClaimCandidate c : model.score(extractor.extract(article.getKey(), article.getValue())).candidates()) {
                Boolean label = remaining.remove(key(article.getKey(), c.sentence().text()));
                if (label == null) {
                    continue;
                }
                if (label && c.checkworthy()) {
                    tp++;
                } else if (label) {
                    fn++;
                    missed.add(c.sentence().text() + "  [" + c.assessment().score() + "]");
                } else if (c.checkworthy()) {
                    fp++;
                    wrong.add(c.sentence().text() + "  [" + c.assessment().score() + "]");
                } else {
                    tn++;
                }
            }
        }
        return new Result(tp, fp, fn, tn, missed, wrong, List.copyOf(remaining.keySet()));
    }

    static Map<String, Boolean> readLabels(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FactdeskException.notFound("label file " + file + " cannot be read: " + e.getMessage());
        }
        Map<String, Boolean> labels = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 4);
            if (f.length != 4 || !(f[1].equals("0") || f[1].equals("1"))) {
                throw FactdeskException.badInput(file + ":" + (i + 1) + ": expected seed<TAB>0|1<TAB>type<TAB>text");
            }
            labels.put(key(f[0], f[3]), f[1].equals("1"));
        }
        return labels;
    }

    private static String key(String seed, String text) {
        return seed + "\u0000" + ClaimExtractor.normalise(text);
    }
}
