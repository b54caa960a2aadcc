package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A list laid out by dimension finds exactly what comparing claim by claim finds, to the last bit. */
class ListBlockTest {

    private static final String[] WORDS = {"council", "budget", "schools", "roads", "water", "prices", "said",
            "rose", "fell", "plan", "the", "new", "tax", "health", "jobs"};

    private static String text(Random random) {
        StringBuilder s = new StringBuilder("The");
        for (int i = 0; i < 6; i++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    private static MatchIndex.Packed packed(long id, String text, float[] vector) {
        return new MatchIndex.Packed(new MatchIndex.Entry(id, text, EmbeddingCodec.encode(vector)));
    }

    /** Claims around a few topics, so that many pairs pass the threshold and many do not. */
    private static List<MatchIndex.Packed> claims(Random random, int count, int dimensions, long firstId) {
        float[][] topics = new float[4][dimensions];
        Random topicsRandom = new Random(99);
        for (float[] t : topics) {
            for (int d = 0; d < dimensions; d++) {
                t[d] = (float) topicsRandom.nextGaussian();
            }
        }
        List<MatchIndex.Packed> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] topic = topics[random.nextInt(topics.length)];
            double noise = random.nextDouble() * 1.5;
            float[] v = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                v[d] = (float) (topic[d] + noise * random.nextGaussian());
            }
            out.add(packed(firstId + i, text(random), v));
        }
        return out;
    }

    @Test
    void findsTheSameHitsWithTheSameSimilaritiesInTheSameOrderAsComparingOneByOne() {
        Random random = new Random(5);
        List<MatchIndex.TextGroup> members = MatchIndex.groups(claims(random, 300, 384, 1));
        ListBlock block = new ListBlock(members);
        int hits = 0;
        int misses = 0;
        for (MatchIndex.Packed query : claims(random, 60, 384, 1000)) {
            List<MatchIndex.Hit> expected = MatchIndex.hits(query, members, ClaimMatching.THRESHOLD);
            assertThat(block.hits(query, ClaimMatching.THRESHOLD)).isEqualTo(expected);
            hits += expected.size();
            misses += members.size() - expected.size();
        }
        assertThat(hits).as("the comparison is tried on hits").isGreaterThan(100);
        assertThat(misses).as("and on misses").isGreaterThan(100);
    }

    @Test
    void theLargestProductsStillSumExactly() {
        byte[] lowest = new byte[Float.BYTES + 384];
        ByteBuffer.wrap(lowest).order(ByteOrder.LITTLE_ENDIAN).putFloat(1f);
        Arrays.fill(lowest, Float.BYTES, lowest.length, Byte.MIN_VALUE);
        byte[] mixed = lowest.clone();
        for (int i = Float.BYTES; i < mixed.length; i += 2) {
            mixed[i] = Byte.MAX_VALUE;
        }
        mixed[Float.BYTES + 1] = 3;
        MatchIndex.Packed a = new MatchIndex.Packed(new MatchIndex.Entry(1, "The budget rose.", lowest));
        MatchIndex.Packed b = new MatchIndex.Packed(new MatchIndex.Entry(2, "The schools budget rose.", mixed));
        List<MatchIndex.TextGroup> members = MatchIndex.groups(List.of(a, b));
        ListBlock block = new ListBlock(members);
        for (MatchIndex.Packed query : List.of(a, b)) {
            assertThat(block.hits(query, -1)).isEqualTo(MatchIndex.hits(query, members, -1));
        }
        assertThat(block.hits(a, 0.99)).extracting(MatchIndex.Hit::similarity).containsExactly(1.0);
    }

    @Test
    void refusesVectorsOfAnotherLength() {
        Random random = new Random(1);
        ListBlock block = new ListBlock(MatchIndex.groups(claims(random, 3, 8, 1)));
        MatchIndex.Packed other = claims(random, 1, 6, 10).get(0);
        assertThatThrownBy(() -> block.hits(other, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6");
        List<MatchIndex.Packed> mixed = new ArrayList<>(claims(random, 2, 8, 20));
        mixed.add(other);
        assertThatThrownBy(() -> new ListBlock(MatchIndex.groups(mixed))).isInstanceOf(IllegalArgumentException.class);
    }
}
