package io.factdesk.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;

/**
 * The learned check-worthiness model: a logistic regression over {@link CheckWorthinessFeatures}, with the
 * settings it was chosen with, as stored in the jar (models/checkworthiness.json).
 *
 * @param encoder   the sentence encoder the weights belong to
 * @param c         liblinear's cost (inverse regularisation), chosen on dev
 * @param threshold the probability at and above which a sentence is check-worthy, chosen on dev
 * @param queueThreshold the probability at and above which the model queues a sentence the rules pass over: the
 *                  lowest, on a grid of twentieths from the model's threshold up, at which the seeds' queue is as
 *                  precise and finds as much as the rules' alone (see QueueThresholdChoice)
 * @param weights   one per feature
 * @param bias      the intercept
 */
public record CheckWorthinessModel(String encoder, String features, double c, double threshold,
                                   double queueThreshold, double bias, List<Double> weights) {

    public static final String RESOURCE = "models/checkworthiness.json";
    static final String ENCODER = SentenceEncoder.MODEL.name();
    static final String FEATURES = "embedding (" + SentenceEncoder.DIMENSION + ", of \"" + SentenceEncoder.MODEL.prefix()
            + "\" and the sentence), rules' score, rules' exclusion (0 or 1)";

    public CheckWorthinessModel {
        weights = List.copyOf(weights);
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold out of range: " + threshold);
        }
        if (queueThreshold <= 0 || queueThreshold > 1) {
            throw new IllegalArgumentException("queue threshold out of range: " + queueThreshold);
        }
    }

    public CheckWorthinessModel withQueueThreshold(double queueThreshold) {
        return new CheckWorthinessModel(encoder, features, c, threshold, queueThreshold, bias, weights);
    }

    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < features.length; i++) {
            z += weights.get(i) * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean checkworthy(double[] features) {
        return probability(features) >= threshold;
    }

    public String toJson() {
        return Json.write(this) + "\n";
    }

    /** The model shipped in the jar. */
    public static CheckWorthinessModel shipped() {
        try (InputStream in = CheckWorthinessModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw FactdeskException.failure("the check-worthiness model (" + RESOURCE + ") is not in this build;"
                        + " make it with scripts/train-checkworthiness", null);
            }
            CheckWorthinessModel model = Json.MAPPER.readValue(in, CheckWorthinessModel.class);
            if (model.weights().size() != CheckWorthinessFeatures.SIZE) {
                throw FactdeskException.failure("the check-worthiness model (" + RESOURCE + ") has " + model.weights().size()
                        + " weights for " + CheckWorthinessFeatures.SIZE + " features; retrain it with scripts/train-checkworthiness", null);
            }
            return model;
        } catch (IOException | RuntimeException e) {
            if (e instanceof FactdeskException f) {
                throw f;
            }
            throw FactdeskException.failure("the check-worthiness model (" + RESOURCE + ") cannot be read (" + e.getMessage()
                    + ")", e);
        }
    }
}
