package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The matching index on its own: lists found by k-means, and a vector's close neighbours within its probes. */
class VectorListsTest {

    private static float[] random(Random r, int dim) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return VectorLists.unit(v);
    }

    /** A vector whose cosine with {@code v} is about {@code cosine}. */
    private static float[] near(Random r, float[] v, double cosine) {
        float[] noise = random(r, v.length);
        double dot = VectorLists.dot(noise, v);
        float[] out = new float[v.length];
        double sin = Math.sqrt(1 - cosine * cosine);
        double norm = Math.sqrt(1 - dot * dot);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (cosine * v[i] + sin * (noise[i] - dot * v[i]) / norm);
        }
        return out;
    }

    @Test
    void theSizeGrowsWithTheSquareRootAndTheIndexIsTrainedAgainWhenTheClaimsQuadruple() {
        assertThat(VectorLists.listsFor(0)).isEqualTo(1);
        assertThat(VectorLists.listsFor(100)).isEqualTo(10);
        assertThat(VectorLists.listsFor(100_000)).isEqualTo(316);
        assertThat(VectorLists.outgrown(10, 380)).isFalse();
        assertThat(VectorLists.outgrown(10, 381)).as("sqrt(381) rounds to 20").isTrue();
    }

    @Test
    void trainingTwiceGivesTheSameListsAndEachVectorIsFiledUnderItsClosestCentroid() {
        Random r = new Random(1);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            vectors.add(random(r, 32));
        }
        VectorLists a = VectorLists.train(vectors, 40);
        VectorLists b = VectorLists.train(vectors, 40);
        assertThat(a.size()).isEqualTo(40);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.centroids().get(i)).containsExactly(b.centroids().get(i));
        }
        for (float[] v : vectors.subList(0, 50)) {
            int filed = a.listOf(v);
            for (float[] c : a.centroids()) {
                assertThat(VectorLists.dot(c, v)).isLessThanOrEqualTo(VectorLists.dot(a.centroids().get(filed), v) + 1e-6f);
            }
            assertThat(a.probes(v)[0]).as("the first probe is its own list").isEqualTo(filed);
        }
    }

    @Test
    void closeNeighboursAreFoundInTheProbedListsFarMoreOftenThanChanceWouldGive() {
        Random r = new Random(2);
        List<float[]> vectors = new ArrayList<>();
        // Clusters of topics, as sentence vectors have: sixty topics, claims spread around each.
        List<float[]> topics = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            topics.add(random(r, 48));
        }
        for (int i = 0; i < 3000; i++) {
            vectors.add(near(r, topics.get(i % topics.size()), 0.6));
        }
        VectorLists lists = VectorLists.train(vectors, VectorLists.listsFor(vectors.size()));
        int found = 0;
        int tried = 300;
        for (int i = 0; i < tried; i++) {
            float[] claim = vectors.get(i * 10);
            float[] restated = near(r, claim, 0.8);
            int filed = lists.listOf(claim);
            found += java.util.Arrays.stream(lists.probes(restated)).anyMatch(p -> p == filed) ? 1 : 0;
        }
        double chance = (double) VectorLists.PROBES / lists.size();
        assertThat(found / (double) tried).as("recall of the probes (chance: %.2f)", chance).isGreaterThan(0.9);
    }

    @Test
    void anIndexNeedsAListAndSomethingToTrainOn() {
        assertThatThrownBy(() -> new VectorLists(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VectorLists.train(List.of(), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(VectorLists.train(List.of(new float[] {1, 0}), 5).size()).as("no more lists than vectors").isEqualTo(1);
    }
}
