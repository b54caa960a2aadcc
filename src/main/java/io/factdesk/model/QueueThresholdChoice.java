package io.factdesk.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.ExtractionEvaluation;

/**
 * Chooses where the model starts to add sentences to the queue that the rules pass over. The debates the model
 * learned from are not articles: its own threshold queues too little of an article and too much besides. The
 * seeds are the articles the rules were written on, so they play the part of dev for articles: the queue
 * threshold is the lowest, on a grid of twentieths from the model's own threshold up, at which the seeds' queue is
 * at least as good as the rules' alone, in precision and in recall: the model may add to the queue only where,
 * on the articles it can be checked against, it adds nothing wrong. The articles written for testing are only
 * measured (ExtractionQualityTest).
 */
final class QueueThresholdChoice {

    private QueueThresholdChoice() {
    }

    /** @return the threshold, or 1 (the model adds only what it is sure of) when none of the grid does as well */
    static double choose(CheckWorthinessModel model, SentenceEncoder encoder, ClaimExtractor queueRules,
                         Path seedsFolder, Path seedLabels) {
        Map<String, String> seeds = articles(seedsFolder);
        ExtractionEvaluation.Result rules = new ExtractionEvaluation(queueRules).evaluate(seeds, seedLabels);
        for (int step = (int) Math.ceil(model.threshold() * 20 - 1e-9); step < 20; step++) {
            double t = step / 20.0;
            var scoring = new LearnedCheckWorthiness(encoder, model.withQueueThreshold(t));
            ExtractionEvaluation.Result r = new ExtractionEvaluation(queueRules, scoring).evaluate(seeds, seedLabels);
            if (r.precision() >= rules.precision() && r.recall() >= rules.recall()) {
                return t;
            }
        }
        return 1;
    }

    static Map<String, String> articles(Path folder) {
        Map<String, String> articles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches(".*\\.(txt|md)")).sorted().toList()) {
                articles.put(p.getFileName().toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
