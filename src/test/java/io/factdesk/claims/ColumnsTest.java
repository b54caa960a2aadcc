package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Dot products built a dimension at a time are the dot products, vector by vector. */
class ColumnsTest {

    @Test
    void dotsOfOneVectorWithAllAreThoseComputedOneByOne() {
        Random random = new Random(3);
        float[][] vectors = new float[37][96];
        for (float[] v : vectors) {
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
            }
        }
        float[][] columns = Columns.of(vectors);
        float[] query = vectors[5].clone();
        query[0] = 0;
        float[] dots = Columns.dots(columns, query);
        assertThat(dots).hasSize(vectors.length);
        for (int v = 0; v < vectors.length; v++) {
            assertThat(dots[v]).as("vector %d", v).isCloseTo(VectorLists.dot(vectors[v], query), within(1e-3f));
        }
    }

    @Test
    void refusesVectorsOfOtherLengths() {
        float[][] columns = Columns.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
        assertThatThrownBy(() -> Columns.dots(columns, new float[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Columns.of(new float[][] {{1, 2, 3}, {4, 5}})).isInstanceOf(IllegalArgumentException.class);
    }
}
