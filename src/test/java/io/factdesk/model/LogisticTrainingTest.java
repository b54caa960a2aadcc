package io.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Training on a small fixed set, without the encoder: features made by a formula, labels by a known rule. */
class LogisticTrainingTest {

    @Test
    void trainingTwiceGivesTheSameFile() {
        Data train = data(120, 0);
        Data dev = data(60, 1000);
        String first = LogisticTraining.train(train.x, train.y, dev.x, dev.y, LogisticTraining.COSTS).toJson();
        String second = LogisticTraining.train(train.x, train.y, dev.x, dev.y, LogisticTraining.COSTS).toJson();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theModelLearnsWhichWayTheLabelsGoAndItsSettingsComeFromDev() {
        Data train = data(120, 0);
        Data dev = data(60, 1000);
        CheckWorthinessModel model = LogisticTraining.train(train.x, train.y, dev.x, dev.y, LogisticTraining.COSTS);
        // The label follows feature 0; a sign mix-up over liblinear's label order would make this 0.
        assertThat(LogisticTraining.f1(LogisticTraining.probabilities(model, dev.x), dev.y, model.threshold()))
                .isGreaterThan(0.9);
        assertThat(model.weights().get(0)).isPositive();
        assertThat(LogisticTraining.COSTS).contains(model.c());
        assertThat(model.threshold()).isBetween(0.01, 0.99);
    }

    @Test
    void theStoredFileReadsBackAsTheSameModel() throws Exception {
        Data train = data(80, 0);
        CheckWorthinessModel model = LogisticTraining.fit(train.x, train.y, 1, 0.5);
        CheckWorthinessModel back = io.factdesk.support.Json.MAPPER.readValue(model.toJson(), CheckWorthinessModel.class);
        assertThat(back).isEqualTo(model);
        assertThat(back.probability(train.x[0])).isCloseTo(model.probability(train.x[0]), within(1e-12));
    }

    @Test
    void theShippedModelFitsTheFeatures() {
        CheckWorthinessModel shipped = CheckWorthinessModel.shipped();
        assertThat(shipped.weights()).hasSize(CheckWorthinessFeatures.SIZE);
        // Weights fitted on another encoder's vectors would load and score nonsense.
        assertThat(shipped.encoder()).isEqualTo(new SentenceEncoder().name());
        assertThat(shipped.features()).isEqualTo(CheckWorthinessModel.FEATURES);
        assertThat(shipped.threshold()).isBetween(0.01, 0.99);
    }

    private record Data(double[][] x, boolean[] y) {
    }

    /** Feature 0 decides the label, with some overlap; the rest is deterministic clutter. */
    private static Data data(int n, int offset) {
        double[][] x = new double[n][CheckWorthinessFeatures.SIZE];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            int k = i + offset;
            for (int j = 0; j < CheckWorthinessFeatures.SIZE; j++) {
                x[i][j] = Math.sin(k * 12.9898 + j * 78.233) * 0.1;
            }
            y[i] = k % 3 == 0;
            x[i][0] = (y[i] ? 0.3 : -0.3) + Math.sin(k * 3.7) * 0.2;
        }
        return new Data(x, y);
    }
}
