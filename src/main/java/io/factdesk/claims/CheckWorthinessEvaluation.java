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
    private final ModelScoring model;

    public CheckWorthinessEvaluation(ClaimExtractor extractor, ModelScoring model) {
        this.extractor = extractor;
        this.model = model;
    }

    /** The threshold the scorer decides at: the rules' (for the queue too), or the model's own. */
    public double threshold(Scorer scorer) {
        return scorer == Scorer.MODEL ? model.modelThreshold() : extractor.threshold();
    }

    /** The probability at and above which the model adds to the queue what the rules pass over. */
    public double queueThreshold() {
        return model.queueThreshold();
    }

    public Result evaluate(Path file, Scorer scorer) {
        LabelledSentences data = LabelledSentences.read(file);
        List<Assessment> rules = data.texts().stream().map(extractor::assessSentence).toList();
        boolean[] predicted = new boolean[data.size()];
        switch (scorer) {
            case RULES -> {
                for (int i = 0; i < predicted.length; i++) {
                    predicted[i] = rules.get(i).checkworthy(extractor.threshold());
                }
            }
            case MODEL -> predicted = model.modelAlone(data.texts(), rules);
            case QUEUE -> {
                List<QueueDecision> decisions = model.decide(data.texts(), rules, extractor.threshold());
                for (int i = 0; i < predicted.length; i++) {
                    predicted[i] = decisions.get(i).checkworthy();
                }
            }
        }
        return Result.count(data.file(), data.labels(), predicted, threshold(scorer));
    }
}
