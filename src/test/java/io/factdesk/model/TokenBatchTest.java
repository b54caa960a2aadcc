package io.factdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Batching by length, without the model: token ids made up. */
class TokenBatchTest {

    @Test
    void sentencesAreSortedByLengthAndEachAppearsOnce() {
        List<long[]> ids = List.of(ids(9), ids(2), ids(5), ids(2), ids(7));
        List<TokenBatch> batches = TokenBatch.of(ids, 2, 1000);
        assertThat(batches).extracting(TokenBatch::length).containsExactly(2, 7, 9);
        List<Integer> order = new ArrayList<>();
        batches.forEach(b -> { for (int s : b.sentences()) order.add(s); });
        // Equal lengths keep the caller's order: the same list always makes the same batches.
        assertThat(order).containsExactly(1, 3, 2, 4, 0);
    }

    @Test
    void paddingIsMaskedAndIdsAreKept() {
        TokenBatch b = TokenBatch.of(List.of(ids(3), ids(2)), 8, 1000).get(0);
        assertThat(b.shape()).containsExactly(2, 3);
        assertThat(b.sentences()).containsExactly(1, 0);
        assertThat(b.inputIds()).containsExactly(101, 102, 0, 101, 102, 103);
        assertThat(b.mask()).containsExactly(1, 1, 0, 1, 1, 1);
    }

    @Test
    void longSentencesGoInSmallerBatches() {
        List<long[]> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(ids(100));
        }
        List<TokenBatch> batches = TokenBatch.of(ids, 8, 250);
        assertThat(batches).hasSize(4).allSatisfy(b -> assertThat(b.rows()).isEqualTo(2));
    }

    @Test
    void aSentenceLongerThanTheBudgetStillGetsABatch() {
        assertThat(TokenBatch.of(List.of(ids(600)), 8, 250)).singleElement()
                .satisfies(b -> assertThat(b.length()).isEqualTo(600));
    }

    private static long[] ids(int n) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 101 + i;
        }
        return ids;
    }
}
