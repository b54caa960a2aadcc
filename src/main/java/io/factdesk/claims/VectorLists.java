package io.factdesk.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * An inverted-file index over sentence vectors: k-means centroids, each vector filed under the closest one.
 * A vector's neighbours are looked for only in the {@link #PROBES} lists whose centroids are closest to it, so
 * finding the matches of one claim among n costs about {@code sqrt(n) * (1 + PROBES)} comparisons instead of n.
 * Claims that match are close (cosine {@link ClaimMatching#THRESHOLD} or more), and close vectors nearly always
 * fall in the same or a neighbouring list; the recall against an exact scan is measured by scripts/bench-match.
 * Centroids are unit vectors, and training is deterministic: the same vectors give the same lists.
 */
public final class VectorLists {

    /** Lists searched per vector: the closest list and its nearest neighbours. */
    public static final int PROBES = 8;
    /** Training sees at most this many vectors per list, drawn evenly; more move the centroids little. */
    static final int SAMPLE_PER_LIST = 64;
    static final int ITERATIONS = 8;

    private final float[][] centroids;
    private final float[][] columns;

    public VectorLists(List<float[]> centroids) {
        if (centroids.isEmpty()) {
            throw new IllegalArgumentException("an index has at least one list");
        }
        this.centroids = centroids.stream().map(VectorLists::unit).toArray(float[][]::new);
        this.columns = Columns.of(this.centroids);
    }

    /** How many lists an index over n vectors gets: about the square root, so both steps of a lookup are small. */
    public static int listsFor(int n) {
        return Math.max(1, (int) Math.round(Math.sqrt(n)));
    }

    /** Whether an index trained with this many lists should be trained again for n vectors: n has quadrupled. */
    public static boolean outgrown(int lists, int n) {
        return listsFor(n) >= 2 * lists;
    }

    /** Spherical k-means over the vectors (a sample of them when there are many), seeded, in fixed rounds. */
    public static VectorLists train(List<float[]> vectors, int lists) {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("nothing to train on");
        }
        int k = Math.min(lists, vectors.size());
        int sampleSize = Math.min(vectors.size(), k * SAMPLE_PER_LIST);
        List<float[]> sample = new ArrayList<>(sampleSize);
        for (int i = 0; i < sampleSize; i++) {
            sample.add(unit(vectors.get((int) ((long) i * vectors.size() / sampleSize))));
        }
        Random random = new Random(20);
        int[] order = IntStream.range(0, sample.size()).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = sample.get(order[c]).clone();
        }
        int dim = centroids[0].length;
        for (int round = 0; round < ITERATIONS; round++) {
            float[][] current = centroids;
            float[][] currentColumns = Columns.of(current);
            int[] assigned = IntStream.range(0, sample.size()).parallel()
                    .map(i -> nearest(currentColumns, sample.get(i))).toArray();
            float[][] sums = new float[k][dim];
            int[] counts = new int[k];
            for (int i = 0; i < sample.size(); i++) {
                float[] v = sample.get(i);
                float[] s = sums[assigned[i]];
                for (int d = 0; d < dim; d++) {
                    s[d] += v[d];
                }
                counts[assigned[i]]++;
            }
            float[][] next = new float[k][];
            for (int c = 0; c < k; c++) {
                // An emptied list keeps its centroid rather than vanishing: k stays k.
                next[c] = counts[c] == 0 ? current[c] : unit(sums[c]);
            }
            centroids = next;
        }
        return new VectorLists(Arrays.asList(centroids));
    }

    public int size() {
        return centroids.length;
    }

    public List<float[]> centroids() {
        return Arrays.stream(centroids).map(float[]::clone).toList();
    }

    /** The list a vector is filed under. */
    public int listOf(float[] vector) {
        return nearest(columns, unit(vector));
    }

    /** The lists to search for a vector's neighbours, closest first. */
    public int[] probes(float[] vector) {
        float[] v = unit(vector);
        int n = Math.min(PROBES, centroids.length);
        int[] best = new int[n];
        float[] score = new float[n];
        Arrays.fill(score, Float.NEGATIVE_INFINITY);
        float[] dots = Columns.dots(columns, v);
        for (int c = 0; c < dots.length; c++) {
            float s = dots[c];
            if (s <= score[n - 1]) {
                continue;
            }
            int at = n - 1;
            while (at > 0 && score[at - 1] < s) {
                score[at] = score[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            score[at] = s;
            best[at] = c;
        }
        return best;
    }

    private static int nearest(float[][] columns, float[] v) {
        float[] dots = Columns.dots(columns, v);
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < dots.length; c++) {
            float s = dots[c];
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    /** One dot product, summed in another order than {@link Columns#dots}: a reference for the tests. */
    static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = v.clone();
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int i = 0; i < out.length; i++) {
                out[i] *= inv;
            }
        }
        return out;
    }
}
