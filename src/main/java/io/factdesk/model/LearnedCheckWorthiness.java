package io.factdesk.model;

import java.util.List;

import org.springframework.stereotype.Component;

import io.factdesk.claims.Assessment;
import io.factdesk.claims.SentenceClassifier;
import io.factdesk.support.LanguageGuesser;

/**
 * The shipped model behind the claims feature's {@link SentenceClassifier}. Creating it costs nothing: the
 * weights are read when first asked for and the encoder is loaded on the first sentences embedded, so commands
 * that never score pay nothing.
 */
@Component
class LearnedCheckWorthiness implements SentenceClassifier {

    /** The language the encoder was trained on; its vectors of other languages' sentences mean little. */
    static final String LANGUAGE = "en";

    private final SentenceEncoder encoder;
    private volatile CheckWorthinessModel model;

    /** The shipped weights, read when first needed. */
    LearnedCheckWorthiness() {
        this(new SentenceEncoder(), null);
    }

    /** Weights in hand (the trainer's, before they are written); null: the shipped ones. */
    LearnedCheckWorthiness(SentenceEncoder encoder, CheckWorthinessModel model) {
        this.encoder = encoder;
        this.model = model;
    }

    @Override
    public String encoder() {
        return model().encoder();
    }

    @Override
    public double threshold() {
        return model().threshold();
    }

    @Override
    public double queueThreshold() {
        return model().queueThreshold();
    }

    @Override
    public boolean understands(String sentence) {
        return LANGUAGE.equals(LanguageGuesser.guess(sentence));
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        return encoder.embed(sentences);
    }

    @Override
    public double probability(float[] embedding, Assessment rules) {
        return model().probability(CheckWorthinessFeatures.of(embedding, rules));
    }

    private CheckWorthinessModel model() {
        CheckWorthinessModel m = model;
        if (m == null) {
            model = m = CheckWorthinessModel.shipped();
        }
        return m;
    }
}
