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
    public static final int KEPT = 10;

    /** A claim to match: its id, its text and its stored vector. */
    public record Entry(long claimId, String text, byte[] vector) {
    }

    /** A pair that matches, the smaller id first. */
    public record Pair(long first, long second, double similarity) {
    }

    /**
     * An entry ready for comparison: the factor that turns the dot product of its stored numbers into a cosine.
     * It reads the numbers where they are stored, after the scale, rather than copying them: a large ingest holds
     * every claim's entry at once.
     */
    public static final class Packed {
        /** Where the numbers start in the stored form: after the float scale. */
        static final int OFFSET = Float.BYTES;

        final Entry entry;
        final byte[] values;
        final int dimensions;
        final float factor;
        private volatile PreparedAnchors anchors;

        public Packed(Entry entry) {
            this.entry = entry;
            values = entry.vector();
            dimensions = values.length - OFFSET;
            float scale = ByteBuffer.wrap(values).order(ByteOrder.LITTLE_ENDIAN).getFloat();
            long squares = 0;
            for (int i = OFFSET; i < values.length; i++) {
                squares += values[i] * values[i];
            }
            factor = squares == 0 || scale == 0 ? 0 : (float) (1 / Math.sqrt(squares));
        }

        public Entry entry() {
            return entry;
        }

        /** The vector as floats, decoded afresh at each call: only the bytes are kept. */
        public float[] vector() {
            return EmbeddingCodec.decode(entry.vector());
        }

        PreparedAnchors anchors() {
            PreparedAnchors a = anchors;
            if (a == null) {
                a = ClaimAnchors.prepare(entry.text());
                anchors = a;
            }
            return a;
        }

        float cosine(Packed other) {
            if (dimensions != other.dimensions) {
                throw new IllegalArgumentException("vectors of " + dimensions + " and " + other.dimensions
                        + " numbers");
            }
            byte[] a = values;
            byte[] b = other.values;
            int dot = 0;
            for (int i = OFFSET; i < a.length; i++) {
                dot += a[i] * b[i];
            }
            return dot * factor * other.factor;
        }
    }

    private MatchIndex() {
    }

    /**
     * Claims with the same text, compared once for all of them: the same text has the same vector and the same
     * anchors. Wire copy and republished stories make such groups common. Ids ascending.
     */
    public static final class TextGroup {
        final Packed first;
        final long[] ids;
        private final List<Packed> members;

        TextGroup(List<Packed> members, long[] ids) {
            this.first = members.get(0);
            this.members = List.copyOf(members);
            this.ids = ids;
        }

        public Packed first() {
            return first;
        }

        public List<Packed> members() {
            return members;
        }

        public long[] ids() {
            return ids.clone();
        }
    }

    /** The entries grouped by text, each group's ids ascending, the groups in the order of their first entry. */
    public static List<TextGroup> groups(List<Packed> entries) {
        java.util.Map<String, List<Packed>> byText = new java.util.LinkedHashMap<>();
        for (Packed p : entries) {
            byText.computeIfAbsent(p.entry.text(), k -> new ArrayList<>()).add(p);
        }
        List<TextGroup> out = new ArrayList<>(byText.size());
        for (List<Packed> same : byText.values()) {
            long[] ids = same.stream().mapToLong(p -> p.entry.claimId()).sorted().toArray();
            out.add(new TextGroup(same, ids));
        }
        return out;
    }

    /** A group of candidates that matches a claim, and how closely. */
    public record Hit(TextGroup group, double similarity) {
    }

    /** A hit, its similarity rounded to the two decimals that are stored and shown. */
    static Hit hit(TextGroup g, double similarity) {
        return new Hit(g, Math.round(similarity * 100) / 100.0);
    }

    /** The candidate groups that match {@code claim}: close vectors, anchors that do not disagree. */
    public static List<Hit> hits(Packed claim, Iterable<TextGroup> candidates, double threshold) {
        List<Hit> found = new ArrayList<>();
        for (TextGroup g : candidates) {
            // The cosine of the stored bytes is that of the decoded vectors: the scale cancels out.
            double similarity = claim.cosine(g.first);
            if (similarity >= threshold && !ClaimAnchors.conflict(claim.anchors(), g.first.anchors())) {
                found.add(hit(g, similarity));
            }
        }
        return found;
    }

    /**
     * The pairs of {@code claimId} and the claims of the hits, at most {@code kept}, the closest first and the
     * older claim first at the same similarity; the claim itself is passed over.
     */
    public static List<Pair> best(long claimId, List<Hit> hits, int kept) {
        List<Pair> found = new ArrayList<>();
        for (Hit h : hits) {
            int taken = 0;
            for (long other : h.group.ids) {
                if (other == claimId) {
                    continue;
                }
                if (taken++ == kept) {
                    break;
                }
                found.add(new Pair(Math.min(claimId, other), Math.max(claimId, other), h.similarity));
            }
        }
        found.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingLong(p -> p.first() == claimId ? p.second() : p.first()));
        return found.size() > kept ? List.copyOf(found.subList(0, kept)) : found;
    }

    /** The best matches of one claim among candidate claims (see {@link #hits} and {@link #best}). */
    public static List<Pair> matches(Packed claim, List<Packed> candidates, double threshold, int kept) {
        return best(claim.entry.claimId(), hits(claim, groups(candidates), threshold), kept);
    }
}
