package io.factdesk.claims;

/**
 * When two claims are the same claim: the same conditions would make both true or both false. Their sentence
 * vectors must be close (cosine similarity at or above {@link #THRESHOLD}) and their figures, years and names
 * must not disagree ({@link ClaimAnchors}): a sentence encoder puts "grew 7%" right next to "grew 3%".
 */
public final class ClaimMatching {

    /**
     * Chosen on half of the labelled pairs (src/test/resources/matching/claim-pairs.tsv) as the cosine with the
     * best F1 there, for the shipped encoder; ClaimMatchingQualityTest chooses it again and fails if it moved.
     */
    public static final double THRESHOLD = 0.91;

    /** @param similarity the cosine of the two vectors; {@code conflict}: their anchors disagree */
    public record Decision(double similarity, boolean conflict, boolean matches) {
    }

    private ClaimMatching() {
    }

    public static Decision decide(String a, float[] va, String b, float[] vb, double threshold) {
        double similarity = cosine(va, vb);
        if (similarity < threshold) {
            return new Decision(similarity, false, false);
        }
        boolean conflict = ClaimAnchors.of(a, b).conflictsWith(ClaimAnchors.of(b, a));
        return new Decision(similarity, conflict, !conflict);
    }

    /** The same decision, on anchors prepared once per claim: for comparing one claim with many. */
    public static Decision decide(PreparedAnchors a, float[] va, PreparedAnchors b, float[] vb,
                                  double threshold) {
        double similarity = cosine(va, vb);
        if (similarity < threshold) {
            return new Decision(similarity, false, false);
        }
        boolean conflict = ClaimAnchors.conflict(a, b);
        return new Decision(similarity, conflict, !conflict);
    }

    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " numbers");
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
