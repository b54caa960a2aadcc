package io.factdesk.claims;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * How well the queue's rules, or the learned model, pick check-worthy sentences, measured on a newsroom's own
 * labelled file (see {@link LabelledSentences}). Each sentence is scored on its own, as in an article's body; a
 * sentence is predicted check-worthy when it would enter the queue.
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

        /** The figures of predictions against labels, in the same order. */
        public static Result count(String file, List<Boolean> labels, boolean[] predicted, double threshold) {
            // counts: [0] predicted and labelled (TP), [1] predicted, not labelled (FP), [2] neither (TN), [3] labelled only (FN)
            int[] counts = new int[4];
            for (int i = 0; i < predicted.length; i++) {
                counts[(predicted[i] ? 0 : 2) + (labels.get(i) == predicted[i] ? 0 : 1)]++;
            }
            return new Result(file, predicted.length, counts[0], counts[1], counts[3], counts[2], threshold);
        }
    }

    private final ClaimExtractor extractor;

    public CheckWorthinessEvaluation(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    /** The rules, at the queue's threshold. */
    public Result evaluate(Path file) {
        LabelledSentences data = LabelledSentences.read(file);
        boolean[] predicted = new boolean[data.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = extractor.assessSentence(data.texts().get(i)).checkworthy(extractor.threshold());
        }
        return Result.count(data.file(), data.labels(), predicted, extractor.threshold());
    }

    /** The learned model, at its own threshold. */
    public Result evaluate(Path file, SentenceClassifier model) {
        LabelledSentences data = LabelledSentences.read(file);
        return Result.count(data.file(), data.labels(), model.checkworthy(data.texts()), model.threshold());
    }
}
