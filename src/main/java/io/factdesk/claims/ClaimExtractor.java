package io.factdesk.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a seed's text into claim candidates: every sentence, scored, with its neighbours as context. Not final
 * only so that a test can make it fail on one seed (SeedIngestServiceTest).
 */
public class ClaimExtractor {

    /**
     * The version of the segmentation and scoring rules and of the shipped check-worthiness model. Bump it when
     * either changes, so that existing databases re-score their seeds on the next ingest (verdicts stay with their
     * claims; unchanged sentences keep their stored vectors, so re-scoring encodes nothing).
     */
    public static final int VERSION = 7;

    private final SentenceSegmenter segmenter;
    private final CheckWorthinessScorer scorer;
    private final double threshold;
    private final ClaimantResolver claimantResolver = new ClaimantResolver();

    public ClaimExtractor(SentenceSegmenter segmenter, CheckWorthinessScorer scorer, double threshold) {
        this.segmenter = segmenter;
        this.scorer = scorer;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** One sentence on its own, as the rules score it in an article's body (not its title). */
    public Assessment assessSentence(String text) {
        return scorer.assess(new Sentence(0, text.length(), text, 1, false, false, false, false), false);
    }

    public List<ClaimCandidate> extract(String seedName, String text) {
        return extract(seedName, text, null);
    }

    /** @param byline who wrote the article: the claimant of sentences nobody else is said to make */
    public List<ClaimCandidate> extract(String seedName, String text, String byline) {
        List<Sentence> sentences = segmenter.split(text);
        List<ClaimCandidate> candidates = new ArrayList<>(sentences.size());
        Map<String, Integer> occurrences = new HashMap<>();
        int titleLine = sentences.isEmpty() ? -1 : sentences.get(0).line();
        List<Assessment> assessments = sentences.stream().map(s -> scorer.assess(s, s.line() == titleLine)).toList();
        List<String> claimants = claimantResolver.resolve(sentences, assessments, byline);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Assessment a = assessments.get(i);
            String normalised = normalise(s.text());
            int occurrence = occurrences.merge(normalised, 1, Integer::sum);
            candidates.add(new ClaimCandidate(i + 1, s,
                    i > 0 ? sentences.get(i - 1).text() : null,
                    i + 1 < sentences.size() ? sentences.get(i + 1).text() : null,
                    a, a.checkworthy(threshold), fingerprint(seedName, normalised, occurrence), claimants.get(i), null));
        }
        return candidates;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static String fingerprint(String seedName, String normalisedText, int occurrence) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((seedName + '\0' + normalisedText + '\0' + occurrence).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
