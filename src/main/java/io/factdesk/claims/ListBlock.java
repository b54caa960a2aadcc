package io.factdesk.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims of one list laid out for comparing many claims with all of them: their numbers stored by dimension
 * ({@link Columns}), as floats.
 *
 * <p>The result is exact, not an approximation: every product of two bytes is an integer of at most 2^14, and
 * the sum of a few hundred of them stays far below 2^24, where a float still holds every integer. So the dot
 * product, and with it the cosine, is the one {@link MatchIndex.Packed} computes on its bytes.
 */
final class ListBlock {

    /** Below this many claims to compare, laying the list out costs more than it saves. */
    static final int WORTH_IT = 16;

    private static final int EXACT_DIMENSIONS = (1 << 24) / (128 * 128);

    private final List<MatchIndex.TextGroup> groups;
    private final float[][] byDimension;
    private final float[] factors;

    ListBlock(List<MatchIndex.TextGroup> groups) {
        this.groups = List.copyOf(groups);
        int members = groups.size();
        int dimensions = members == 0 ? 0 : groups.get(0).first.dimensions;
        if (dimensions > EXACT_DIMENSIONS) {
            throw new IllegalArgumentException(dimensions + " dimensions: float sums would round");
        }
        byDimension = new float[dimensions][members];
        factors = new float[members];
        for (int m = 0; m < members; m++) {
            MatchIndex.Packed p = groups.get(m).first;
            if (p.dimensions != dimensions) {
                throw new IllegalArgumentException("vectors of " + dimensions + " and " + p.dimensions + " numbers");
            }
            factors[m] = p.factor;
            for (int d = 0; d < dimensions; d++) {
                byDimension[d][m] = p.values[MatchIndex.Packed.OFFSET + d];
            }
        }
    }

    /** The same hits as {@link MatchIndex#hits} on this list's groups, in the same order. */
    List<MatchIndex.Hit> hits(MatchIndex.Packed claim, double threshold) {
        float[] dots = new float[factors.length];
        if (dots.length == 0) {
            return List.of();
        }
        if (claim.dimensions != byDimension.length) {
            throw new IllegalArgumentException("vectors of " + claim.dimensions + " and " + byDimension.length
                    + " numbers");
        }
        for (int d = 0; d < byDimension.length; d++) {
            byte v = claim.values[MatchIndex.Packed.OFFSET + d];
            if (v != 0) {
                Columns.addScaled(dots, v, byDimension[d]);
            }
        }
        List<MatchIndex.Hit> found = new ArrayList<>();
        for (int m = 0; m < dots.length; m++) {
            // The same expression, in the same order, as MatchIndex.Packed.cosine: the same float.
            float similarity = dots[m] * claim.factor * factors[m];
            MatchIndex.TextGroup g = groups.get(m);
            if (similarity >= threshold && !ClaimAnchors.conflict(claim.anchors(), g.first.anchors())) {
                found.add(MatchIndex.hit(g, similarity));
            }
        }
        return found;
    }
}
