package io.factdesk.model;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.factdesk.claims.CheckWorthinessEvaluation.Result;
import io.factdesk.claims.CheckWorthinessScorer;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.LabelledSentences;
import io.factdesk.claims.SentenceSegmenter;
import io.factdesk.support.FactdeskException;

/**
 * Trains the check-worthiness model (run by scripts/train-checkworthiness): {@code DATA_DIR OUT_FILE}. Fits on
 * the train split, chooses the cost and threshold on dev, reports dev and dev-test, and writes the weights.
 * Deterministic: the same data gives the same file.
 */
public final class TrainCheckWorthiness {

    static final String TRAIN = "CT24_checkworthy_english_train.tsv";
    static final String DEV = "CT24_checkworthy_english_dev.tsv";
    static final String DEV_TEST = "CT24_checkworthy_english_dev-test.tsv";

    private TrainCheckWorthiness() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: TrainCheckWorthiness DATA_DIR OUT_FILE SEEDS_DIR SEED_LABELS");
            System.exit(2);
        }
        try {
            run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), System.out, System.err);
        } catch (FactdeskException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(e.exitCode().code());
        }
        // The encoder's native threads are daemons, but ONNX Runtime's own may not be: exit explicitly.
        System.exit(0);
    }

    static void run(Path dataDir, Path out, Path seeds, Path seedLabels, PrintStream report, PrintStream progress) {
        if (!Files.isDirectory(dataDir)) {
            throw FactdeskException.notFound(dataDir + ": no such folder");
        }
        LabelledSentences train = LabelledSentences.read(dataDir.resolve(TRAIN), false);
        LabelledSentences dev = LabelledSentences.read(dataDir.resolve(DEV));
        LabelledSentences devTest = LabelledSentences.read(dataDir.resolve(DEV_TEST));
        if (train.skipped() > 0) {
            progress.println(train.file() + ": " + train.skipped() + " row(s) without a Yes or No label left out");
        }
        // The rules' threshold plays no part: only their score and exclusion are features.
        ClaimExtractor rules = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.5);
        SentenceEncoder encoder = new SentenceEncoder();
        CheckWorthinessFeatures features = new CheckWorthinessFeatures(encoder, rules);
        double[][] trainX = encode(features, train, progress);
        double[][] devX = encode(features, dev, progress);
        double[][] devTestX = encode(features, devTest, progress);

        CheckWorthinessModel model = LogisticTraining.train(trainX, labels(train), devX, labels(dev), LogisticTraining.COSTS);
        report.println(String.format(Locale.ROOT, "chosen on dev: cost C %s, threshold %.2f (train: %d sentences)",
                model.c(), model.threshold(), train.size()));
        report.println(figures("dev", dev, model, devX));
        report.println(figures("dev-test", devTest, model, devTestX));
        // The queue's rules at the default threshold, as a fresh workbench runs them.
        ClaimExtractor queueRules = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(),
                io.factdesk.support.FactdeskSettings.DEFAULT_THRESHOLD);
        model = model.withQueueThreshold(QueueThresholdChoice.choose(model, encoder, queueRules, seeds, seedLabels));
        report.println(String.format(Locale.ROOT, "chosen on the seeds' labels: queue threshold %.2f", model.queueThreshold()));
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            // The same weights leave the file untouched, so that the launcher sees no change to rebuild for.
            String json = model.toJson();
            if (Files.isRegularFile(out) && Files.readString(out, StandardCharsets.UTF_8).equals(json)) {
                report.println("weights unchanged in " + out);
                return;
            }
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FactdeskException.failure(out + ": cannot be written (" + e.getMessage() + ")", e);
        }
        report.println("weights written to " + out);
    }

    private static double[][] encode(CheckWorthinessFeatures features, LabelledSentences data, PrintStream progress) {
        progress.println("encoding " + data.size() + " sentences of " + data.file());
        // In slices, so that a long run shows it is alive.
        List<double[]> rows = new ArrayList<>(data.size());
        int slice = 2000;
        for (int from = 0; from < data.size(); from += slice) {
            int to = Math.min(data.size(), from + slice);
            for (double[] row : features.of(data.texts().subList(from, to))) {
                rows.add(row);
            }
            if (data.size() > slice) {
                progress.println("  " + to + "/" + data.size());
            }
        }
        return rows.toArray(double[][]::new);
    }

    private static boolean[] labels(LabelledSentences data) {
        boolean[] y = new boolean[data.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = data.labels().get(i);
        }
        return y;
    }

    private static String figures(String split, LabelledSentences data, CheckWorthinessModel model, double[][] x) {
        boolean[] predicted = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = model.checkworthy(x[i]);
        }
        Result r = Result.count(data.file(), data.labels(), predicted, model.threshold());
        return String.format(Locale.ROOT, "%-8s %4d sentences: precision %.3f, recall %.3f, F1 %.3f (TP %d, FP %d, FN %d, TN %d)",
                split, r.sentences(), r.precision(), r.recall(), r.f1(), r.truePositives(), r.falsePositives(),
                r.falseNegatives(), r.trueNegatives());
    }
}
