package io.factdesk.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Logistic regression with liblinear's primal Newton solver (deterministic: no shuffling), its cost and the
 * decision threshold chosen on a development set by F1 of the check-worthy class.
 */
final class LogisticTraining {

    /** The costs tried, a factor of about 3 apart. */
    static final double[] COSTS = {0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100};

    private static final double EPSILON = 1e-4;

    private LogisticTraining() {
    }

    /** Trains on train with each cost, keeps the cost and threshold with the best F1 on dev. */
    static CheckWorthinessModel train(double[][] trainX, boolean[] trainY, double[][] devX, boolean[] devY, double[] costs) {
        CheckWorthinessModel best = null;
        double bestF1 = -1;
        for (double c : costs) {
            CheckWorthinessModel fitted = fit(trainX, trainY, c, 0.5);
            double[] p = probabilities(fitted, devX);
            double threshold = bestThreshold(p, devY);
            double f1 = f1(p, devY, threshold);
            // Strictly better only: on a tie the stronger regularisation (smaller cost, tried first) stays.
            if (f1 > bestF1) {
                bestF1 = f1;
                best = new CheckWorthinessModel(fitted.encoder(), fitted.features(), c, threshold, 1, fitted.bias(),
                        fitted.weights());
            }
        }
        return best;
    }

    /** One fit; the weights are rounded to 6 significant digits, so the stored file is small and stable. */
    static CheckWorthinessModel fit(double[][] x, boolean[] y, double c, double threshold) {
        int features = x[0].length;
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = features + 1;
        // The intercept is an explicit constant feature (the last), so that which weight it is never depends on
        // liblinear's handling of its bias option.
        problem.bias = -1;
        problem.x = new Feature[x.length][];
        problem.y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            problem.x[i] = nodes(x[i]);
            problem.y[i] = y[i] ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, EPSILON);
        parameter.setRandom(new Random(0));
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        // liblinear orders the labels as it first meets them; its weights are for the first.
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        List<Double> weights = new ArrayList<>(features);
        for (int i = 0; i < features; i++) {
            weights.add(round(sign * w[i]));
        }
        return new CheckWorthinessModel(CheckWorthinessModel.ENCODER, CheckWorthinessModel.FEATURES, c, threshold, 1,
                round(sign * w[features]), weights);
    }

    static double[] probabilities(CheckWorthinessModel model, double[][] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = model.probability(x[i]);
        }
        return p;
    }

    /** The threshold, on a grid of hundredths, with the best F1; on a tie the lowest. */
    static double bestThreshold(double[] p, boolean[] y) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 1; t < 100; t++) {
            double f1 = f1(p, y, t / 100.0);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    static double f1(double[] p, boolean[] y, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean predicted = p[i] >= threshold;
            if (predicted && y[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (y[i]) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static Feature[] nodes(double[] x) {
        Feature[] nodes = new Feature[x.length + 1];
        for (int j = 0; j < x.length; j++) {
            nodes[j] = new FeatureNode(j + 1, x[j]);
        }
        nodes[x.length] = new FeatureNode(x.length + 1, 1);
        return nodes;
    }

    private static double round(double v) {
        return new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }
}
