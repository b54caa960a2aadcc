package io.factdesk.claims;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares a claim with candidate claims (the members of the lists {@link VectorLists} probes for it) and keeps
 * the ones that match ({@link ClaimMatching}). The vectors stay in their stored form, a byte per number, and
 * their cosine is computed on those bytes: a quarter of the memory of floats, and the same cosine that
 * {@link EmbeddingCodec#decode} followed by {@link ClaimMatching#cosine} gives, to float rounding.
 */
public final class MatchIndex {

    /** Matches kept per claim, the closest first: enough to show and reuse, bounded however often a claim recurs. */
    public static final int KEPT = 20;

    /** A claim to match: its id, its text and its stored vector. */
    public record Entry(long claimId, String text, byte[] vector) {
    }

    /** A pair that matches, the smaller id first. */
    public record Pair(long first, long second, double similarity) {
    }

    /** An entry ready for comparison: its bytes and the factor that turns their dot product into a cosine. */
    public static final class Packed {
        final Entry entry;
        final byte[] values;
        final float factor;
        private volatile float[] decoded;
        private volatile ClaimAnchors.Prepared anchors;

        public Packed(Entry entry) {
            this.entry = entry;
            ByteBuffer in = ByteBuffer.wrap(entry.vector()).order(ByteOrder.LITTLE_ENDIAN);
            float scale = in.getFloat();
            values = new byte[entry.vector().length - Float.BYTES];
            in.get(values);
            long squares = 0;
            for (byte b : values) {
                squares += b * b;
            }
            factor = squares == 0 || scale == 0 ? 0 : (float) (1 / Math.sqrt(squares));
        }

        public Entry entry() {
            return entry;
        }

        /** The vector as floats, decoded once when first needed (for the claims near the threshold only). */
        public float[] vector() {
            float[] v = decoded;
            if (v == null) {
                v = EmbeddingCodec.decode(entry.vector());
                decoded = v;
            }
            return v;
        }

        ClaimAnchors.Prepared anchors() {
            ClaimAnchors.Prepared a = anchors;
            if (a == null) {
                a = ClaimAnchors.prepare(entry.text());
                anchors = a;
            }
            return a;
        }

        float cosine(Packed other) {
            if (values.length != other.values.length) {
                throw new IllegalArgumentException("vectors of " + values.length + " and " + other.values.length
                        + " numbers");
            }
            int dot = 0;
            for (int i = 0; i < values.length; i++) {
                dot += values[i] * other.values[i];
            }
            return dot * factor * other.factor;
        }
    }

    private MatchIndex() {
    }

    /**
     * The candidates that match {@code claim}, at most {@code kept}, the closest first (the older claim first
     * at the same similarity); the claim itself is passed over.
     */
    public static List<Pair> matches(Packed claim, Iterable<Packed> candidates, double threshold, int kept) {
        List<Pair> found = new ArrayList<>();
        for (Packed other : candidates) {
            if (other.entry.claimId() == claim.entry.claimId()) {
                continue;
            }
            // A cosine well below the threshold needs no anchors; near it, the exact decision is made on floats.
            if (claim.cosine(other) < threshold - 0.01) {
                continue;
            }
            ClaimMatching.Decision d = ClaimMatching.decide(claim.anchors(), claim.vector(), other.anchors(),
                    other.vector(), threshold);
            if (d.matches()) {
                long a = claim.entry.claimId();
                long b = other.entry.claimId();
                found.add(new Pair(Math.min(a, b), Math.max(a, b), Math.round(d.similarity() * 100) / 100.0));
            }
        }
        found.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingLong(p -> p.first() == claim.entry.claimId() ? p.second() : p.first()));
        return found.size() > kept ? List.copyOf(found.subList(0, kept)) : found;
    }
}
