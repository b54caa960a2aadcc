package io.factdesk.claimviews;

import java.util.List;

import io.factdesk.claims.Claim;
import io.factdesk.verdicts.VerdictJson;

/** The JSON shape of a claim (README, "JSON output"). */
public record ClaimJson(long id, String seed, String seedTitle, int position, String text, Context context,
                        String status, double score, Double modelScore, String type, List<String> reasons, String fingerprint,
                        String claimant, VerdictJson verdict, List<VerdictJson> verdicts, boolean disputed,
                        List<Duplicate> duplicates, int hiddenReviews, Published published, List<Match> matches) {

    /**
     * An earlier check of the same claim: the matched claim's {@code id}, or the library entry's {@code url};
     * the rating in force, its date and who gave it.
     */
    public record Match(Long id, String url, double similarity, String rating, String date, String by) {
    }

    /**
     * How an editor published the claim: approved or decided, by whom and when, with the note; the rating in
     * force (after any correction) and each correction. Null until published.
     */
    public record Published(String how, String by, String at, String note, String rating,
                            List<Correction> corrections) {
    }

    public record Correction(String at, String by, String from, String to, String text) {
    }

    public record Context(String before, String after) {
    }

    /** Another claim in the same near-duplicate group and its Jaccard similarity to this one. */
    public record Duplicate(long id, double similarity, String seed) {
    }

    public static ClaimJson of(ClaimWithVerdicts cv) {
        Claim c = cv.claim();
        return new ClaimJson(c.id(), c.seedName(), c.seedTitle(), c.position(), c.text(),
                new Context(c.contextBefore(), c.contextAfter()), c.state().label(), c.score(), c.modelScore(), c.type().label(),
                c.reasons(), c.fingerprint(), c.claimant(), cv.latest().map(VerdictJson::of).orElse(null),
                cv.current().stream().map(VerdictJson::of).toList(), cv.disputed(),
                cv.duplicates().stream().map(d -> new Duplicate(d.claimId(), d.similarity(), d.seedName())).toList(),
                cv.hidden(), published(cv.signOff()), cv.matches().stream().map(m -> new Match(m.claimId(), m.url(),
                        m.similarity(), m.rating(), m.date(), m.by())).toList());
    }

    private static Published published(SignOff s) {
        return s.signedOff().map(d -> new Published(d.how(),
                d.actor(), d.recordedAt().toString(), d.detail(), s.finalRating().orElseThrow().name(),
                s.corrections().stream().map(k -> new Correction(k.recordedAt().toString(), k.actor(), k.previousRating().name(),
                        k.rating().name(), k.detail())).toList())).orElse(null);
    }
}
