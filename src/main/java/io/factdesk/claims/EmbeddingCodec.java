package io.factdesk.claims;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How a sentence vector is stored: one signed byte per number, scaled by the vector's largest magnitude (kept
 * as a float in front). A quarter of the size of the floats, and close enough that a probability or a cosine
 * moves only in its third decimal. Every vector the model scores goes through this round trip first, so that a
 * sentence scores the same whether its vector was just computed or read back from the database.
 */
public final class EmbeddingCodec {

    private EmbeddingCodec() {
    }

    public static byte[] encode(float[] vector) {
        float max = 0;
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("a vector holds " + v);
            }
            max = Math.max(max, Math.abs(v));
        }
        ByteBuffer out = ByteBuffer.allocate(Float.BYTES + vector.length).order(ByteOrder.LITTLE_ENDIAN);
        float scale = max == 0 ? 0 : max / 127f;
        out.putFloat(scale);
        for (float v : vector) {
            out.put(scale == 0 ? 0 : (byte) Math.round(v / scale));
        }
        return out.array();
    }

    public static float[] decode(byte[] stored) {
        if (stored.length < Float.BYTES) {
            throw new IllegalArgumentException("a stored vector of " + stored.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        float scale = in.getFloat();
        float[] vector = new float[stored.length - Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = in.get() * scale;
        }
        return vector;
    }

    /** The vector as the model sees it: encoded and decoded again. */
    public static float[] roundTrip(float[] vector) {
        return decode(encode(vector));
    }
}
