package io.factdesk.claims;

/**
 * Vectors stored by dimension: column {@code d} holds the d-th number of every vector. One vector's dot products
 * with all of them are then built a dimension at a time, each step a pass over one contiguous column that the
 * JIT turns into vector instructions; a dot product computed vector by vector is a reduction that it leaves
 * scalar, over vectors scattered on the heap.
 */
final class Columns {

    private Columns() {
    }

    /** Columns of these vectors, all of one length. */
    static float[][] of(float[][] vectors) {
        int dimensions = vectors.length == 0 ? 0 : vectors[0].length;
        float[][] columns = new float[dimensions][vectors.length];
        for (int v = 0; v < vectors.length; v++) {
            if (vectors[v].length != dimensions) {
                throw new IllegalArgumentException("vectors of " + dimensions + " and " + vectors[v].length + " numbers");
            }
            for (int d = 0; d < dimensions; d++) {
                columns[d][v] = vectors[v][d];
            }
        }
        return columns;
    }

    /** The dot products of {@code vector} with every vector of the columns. */
    static float[] dots(float[][] columns, float[] vector) {
        if (vector.length != columns.length) {
            throw new IllegalArgumentException("vectors of " + vector.length + " and " + columns.length + " numbers");
        }
        float[] dots = new float[columns.length == 0 ? 0 : columns[0].length];
        for (int d = 0; d < columns.length; d++) {
            if (vector[d] != 0) {
                addScaled(dots, vector[d], columns[d]);
            }
        }
        return dots;
    }

    /** Kept small and alone so that the JIT compiles it as the simple loop it vectorises. */
    static void addScaled(float[] sums, float value, float[] column) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += value * column[i];
        }
    }
}
