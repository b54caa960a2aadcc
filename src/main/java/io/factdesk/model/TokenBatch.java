package io.factdesk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tokenized sentences of about the same length, padded to the longest of them: the input of one ONNX call.
 *
 * @param sentences the positions, in the caller's list, of the sentences in this batch, row by row
 * @param length    tokens per row, padding included
 * @param inputIds  row-major, {@code sentences.length * length}, padding as id 0
 * @param mask      1 for a real token, 0 for padding
 */
record TokenBatch(int[] sentences, int length, long[] inputIds, long[] mask) {

    int rows() {
        return sentences.length;
    }

    long[] shape() {
        return new long[] {sentences.length, length};
    }

    /**
     * Cuts the tokenized sentences into batches after sorting them by length, so that each batch pads little.
     * A batch holds at most {@code maxRows} sentences and, for long sentences, fewer: about
     * {@code tokenBudget} tokens in all, since attention's cost grows faster than the length.
     */
    static List<TokenBatch> of(List<long[]> ids, int maxRows, int tokenBudget) {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Ties keep the caller's order, so that the same list always makes the same batches.
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids.get(i).length).thenComparingInt(i -> i));
        List<TokenBatch> batches = new ArrayList<>();
        int from = 0;
        while (from < order.length) {
            int to = from;
            int longest = 0;
            while (to < order.length && to - from < maxRows) {
                int length = ids.get(order[to]).length;
                if (to > from && (long) length * (to - from + 1) > tokenBudget) {
                    break;
                }
                longest = Math.max(longest, length);
                to++;
            }
            batches.add(pad(ids, Arrays.copyOfRange(order, from, to), longest));
            from = to;
        }
        return batches;
    }

    private static TokenBatch pad(List<long[]> ids, Integer[] rows, int length) {
        int[] sentences = new int[rows.length];
        long[] inputIds = new long[rows.length * length];
        long[] mask = new long[rows.length * length];
        for (int r = 0; r < rows.length; r++) {
            sentences[r] = rows[r];
            long[] row = ids.get(rows[r]);
            System.arraycopy(row, 0, inputIds, r * length, row.length);
            Arrays.fill(mask, r * length, r * length + row.length, 1L);
        }
        return new TokenBatch(sentences, length, inputIds, mask);
    }
}
