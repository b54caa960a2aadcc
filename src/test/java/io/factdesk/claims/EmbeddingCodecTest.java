package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The stored form of a sentence vector: a quarter of the size, and close to the original. */
class EmbeddingCodecTest {

    private static float[] unitVector(long seed, int n) {
        Random r = new Random(seed);
        float[] v = new float[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < n; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void aVectorComesBackCloseAndAQuarterOfItsSize() {
        float[] v = unitVector(1, 384);
        byte[] stored = EmbeddingCodec.encode(v);
        assertThat(stored).hasSize(4 + 384);
        float[] back = EmbeddingCodec.decode(stored);
        assertThat(back).hasSize(384);
        assertThat(dot(v, back)).isCloseTo(1.0, within(1e-3));
        float[] other = unitVector(2, 384);
        assertThat(dot(back, other)).isCloseTo(dot(v, other), within(2e-3));
    }

    @Test
    void theRoundTripIsStableSoAStoredVectorScoresAsAFreshOne() {
        float[] once = EmbeddingCodec.roundTrip(unitVector(3, 384));
        assertThat(EmbeddingCodec.roundTrip(once)).containsExactly(once);
        assertThat(EmbeddingCodec.decode(EmbeddingCodec.encode(once))).containsExactly(once);
    }

    @Test
    void zeroAndNonFiniteVectors() {
        assertThat(EmbeddingCodec.roundTrip(new float[8])).containsOnly(0f).hasSize(8);
        assertThatThrownBy(() -> EmbeddingCodec.encode(new float[] {1f, Float.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddingCodec.decode(new byte[2])).isInstanceOf(IllegalArgumentException.class);
    }
}
