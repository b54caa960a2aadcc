package io.factdesk.claimviews;

import java.util.List;

import io.factdesk.claims.Claim;
import io.factdesk.verdicts.VerdictJson;

/** The JSON shape of a claim (README, "JSON output"). */
public record ClaimJson(long id, String seed, String seedTitle, int position, String text, Context context,
                        String status, double score, String type, List<String> reasons, String fingerprint,
                        String claimant, VerdictJson verdict, List<VerdictJson> verdicts, boolean disputed,
                        List<Duplicate> duplicates, int hiddenReviews) {

    public record Context(String before, String after) {
    }

    /** Another claim in the same near-duplicate group and its Jaccard similarity to this one. */
    public record Duplicate(long id, double similarity, String seed) {
    }

    public static ClaimJson of(ClaimWithVerdicts cv) {
        Claim c = cv.claim();
        return new ClaimJson(c.id(), c.seedName(), c.seedTitle(), c.position(), c.text(),
                new Context(c.contextBefore(), c.contextAfter()), c.state().label(), c.score(), c.type().label(),
                c.reasons(), c.fingerprint(), c.claimant(), cv.latest().map(VerdictJson::of).orElse(null),
                cv.current().stream().map(VerdictJson::of).toList(), cv.disputed(),
                cv.duplicates().stream().map(d -> new Duplicate(d.claimId(), d.similarity(), d.seedName())).toList(),
                cv.hidden());
    }
}
