package io.factdesk.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Puts the learned model's say into the rules' candidates (see {@link QueueDecision}). A sentence's vector is
 * read back by its fingerprint when this encoder already made one, and computed otherwise, all the missing ones
 * of a call in one batch, each distinct text once.
 */
@Service
public class ModelScoring {

    /**
     * @param candidates as given, with the model's probability and decision where it was asked
     * @param newVectors the vectors computed by this call (stored form), by fingerprint, to be kept with the claims
     */
    public record Scored(List<ClaimCandidate> candidates, Map<String, byte[]> newVectors) {
    }

    private final SentenceClassifier model;
    private final ClaimEmbeddingRepository embeddings;

    /** @param embeddings where vectors are read back from; null: every vector is computed */
    public ModelScoring(SentenceClassifier model, ClaimEmbeddingRepository embeddings) {
        this.model = model;
        this.embeddings = embeddings;
    }

    /** The encoder whose vectors {@link Scored#newVectors} are. */
    public String encoder() {
        return model.encoder();
    }

    public Scored score(List<ClaimCandidate> candidates) {
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ClaimCandidate c = candidates.get(i);
            if (asks(c.assessment(), c.sentence().text())) {
                asked.add(i);
            }
        }
        if (asked.isEmpty()) {
            return new Scored(candidates, Map.of());
        }
        Map<String, byte[]> stored = embeddings == null ? Map.of() : embeddings.byFingerprint(model.encoder(),
                asked.stream().map(i -> candidates.get(i).fingerprint()).toList());
        List<Integer> missing = asked.stream().filter(i -> !stored.containsKey(candidates.get(i).fingerprint())).toList();
        // A sentence repeated across the articles of one batch (wire copy, boilerplate) is encoded once.
        Map<String, byte[]> byText = new LinkedHashMap<>();
        missing.forEach(i -> byText.put(candidates.get(i).sentence().text(), null));
        List<String> texts = List.copyOf(byText.keySet());
        List<float[]> fresh = model.embed(texts);
        for (int k = 0; k < texts.size(); k++) {
            byText.put(texts.get(k), EmbeddingCodec.encode(fresh.get(k)));
        }
        Map<String, byte[]> newVectors = new HashMap<>();
        for (int i : missing) {
            newVectors.put(candidates.get(i).fingerprint(), byText.get(candidates.get(i).sentence().text()));
        }
        List<ClaimCandidate> scored = new ArrayList<>(candidates);
        for (int i : asked) {
            ClaimCandidate c = candidates.get(i);
            byte[] vector = stored.getOrDefault(c.fingerprint(), newVectors.get(c.fingerprint()));
            double p = model.probability(EmbeddingCodec.decode(vector), c.assessment());
            scored.set(i, c.withModel(p, model.queueThreshold()));
        }
        return new Scored(scored, newVectors);
    }

    /** The queue's decision on sentences scored on their own, as in an article's body (claims evaluate). */
    public List<QueueDecision> decide(List<String> sentences, List<Assessment> rules, double rulesThreshold) {
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (asks(rules.get(i), sentences.get(i))) {
                asked.add(i);
            }
        }
        List<float[]> vectors = model.embed(asked.stream().map(sentences::get).toList());
        List<QueueDecision> decisions = new ArrayList<>(sentences.size());
        for (Assessment a : rules) {
            decisions.add(QueueDecision.rulesOnly(a, a.checkworthy(rulesThreshold)));
        }
        for (int k = 0; k < asked.size(); k++) {
            Assessment a = rules.get(asked.get(k));
            double p = model.probability(EmbeddingCodec.roundTrip(vectors.get(k)), a);
            decisions.set(asked.get(k), QueueDecision.of(a, a.checkworthy(rulesThreshold), p, model.queueThreshold()));
        }
        return decisions;
    }

    /** The model on its own, on every sentence, at its own threshold (claims evaluate --scorer model). */
    public boolean[] modelAlone(List<String> sentences, List<Assessment> rules) {
        List<float[]> vectors = model.embed(sentences);
        boolean[] checkworthy = new boolean[sentences.size()];
        for (int i = 0; i < checkworthy.length; i++) {
            checkworthy[i] = model.probability(EmbeddingCodec.roundTrip(vectors.get(i)), rules.get(i)) >= model.threshold();
        }
        return checkworthy;
    }

    /** Whether the model has a say: the rules do not keep the sentence out, and its encoder knows the language. */
    private boolean asks(Assessment rules, String sentence) {
        return !rules.excluded() && model.understands(sentence);
    }

    public double modelThreshold() {
        return model.threshold();
    }

    public double queueThreshold() {
        return model.queueThreshold();
    }
}
