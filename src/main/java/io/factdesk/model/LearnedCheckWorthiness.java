package io.factdesk.model;

import java.util.List;

import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.SentenceClassifier;

/**
 * The shipped model behind the claims feature's {@link SentenceClassifier}. Creating it costs nothing: the
 * weights and the encoder are loaded on the first sentences scored, so commands that never score pay nothing.
 */
@Component
class LearnedCheckWorthiness implements SentenceClassifier {

    private final ClaimExtractor rules;
    private volatile CheckWorthinessModel model;
    private volatile CheckWorthinessFeatures features;

    LearnedCheckWorthiness(ClaimExtractor rules) {
        this.rules = rules;
    }

    @Override
    public double threshold() {
        return model().threshold();
    }

    @Override
    public boolean[] checkworthy(List<String> sentences) {
        CheckWorthinessModel m = model();
        double[][] x = features().of(sentences);
        boolean[] result = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = m.checkworthy(x[i]);
        }
        return result;
    }

    private CheckWorthinessModel model() {
        if (model == null) {
            model = CheckWorthinessModel.shipped();
        }
        return model;
    }

    private CheckWorthinessFeatures features() {
        if (features == null) {
            synchronized (this) {
                if (features == null) {
                    features = new CheckWorthinessFeatures(new SentenceEncoder(), rules);
                }
            }
        }
        return features;
    }
}
