package io.factdesk.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * One {@link EncoderModel} loaded: its tokenizer and its ONNX Runtime session, straight from the artifact's jar.
 * Both are safe to use from several threads at once.
 */
final class OnnxEncoder implements AutoCloseable {

    private final EncoderModel model;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTypeIds;

    private OnnxEncoder(EncoderModel model, OrtEnvironment environment, OrtSession session,
                        HuggingFaceTokenizer tokenizer) throws OrtException {
        this.model = model;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTypeIds = session.getInputNames().contains("token_type_ids");
    }

    /** {@code intraOpThreads}: the threads ONNX Runtime may use inside one call. */
    static OnnxEncoder load(EncoderModel model, int intraOpThreads) throws IOException, OrtException {
        byte[] onnx = resource(model.modelResource());
        HuggingFaceTokenizer tokenizer;
        try (InputStream in = stream(model.tokenizerResource())) {
            // Padding is done per batch (TokenBatch); the cut at the model's length is done here.
            tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true",
                    "maxLength", Integer.toString(model.maxTokens())));
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            return new OnnxEncoder(model, environment, environment.createSession(onnx, options), tokenizer);
        }
    }

    EncoderModel model() {
        return model;
    }

    /** Token ids per text, after the model's prefix, [CLS] and [SEP] included, cut at the model's length. */
    List<long[]> tokenize(List<String> texts) {
        List<String> prefixed = texts;
        if (!model.prefix().isEmpty()) {
            prefixed = new ArrayList<>(texts.size());
            for (String t : texts) {
                prefixed.add(model.prefix() + t);
            }
        }
        Encoding[] encodings = tokenizer.batchEncode(prefixed);
        List<long[]> ids = new ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            ids.add(e.getIds());
        }
        return ids;
    }

    /** The model's token vectors for one batch, as ONNX Runtime returns them; the caller closes the result. */
    OrtSession.Result run(TokenBatch batch) throws OrtException {
        long[] shape = batch.shape();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.inputIds()), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(batch.mask()), shape));
            if (takesTypeIds) {
                // One sentence per row, so every token is of segment 0.
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment,
                        LongBuffer.wrap(new long[batch.inputIds().length]), shape));
            }
            return session.run(inputs);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** One pooled vector of unit length per row of the batch, in the batch's row order. */
    float[][] embed(TokenBatch batch) throws OrtException {
        try (OrtSession.Result result = run(batch)) {
            FloatBuffer tokens = ((OnnxTensor) result.get(0)).getFloatBuffer();
            int dimension = model.dimension();
            float[][] vectors = new float[batch.rows()][];
            for (int r = 0; r < vectors.length; r++) {
                vectors[r] = normalize(pool(tokens, batch, r, dimension));
            }
            return vectors;
        }
    }

    private float[] pool(FloatBuffer tokens, TokenBatch batch, int row, int dimension) {
        int length = batch.length();
        float[] v = new float[dimension];
        if (model.pooling() == EncoderModel.Pooling.CLS) {
            tokens.get(row * length * dimension, v);
            return v;
        }
        int count = 0;
        for (int t = 0; t < length; t++) {
            if (batch.mask()[row * length + t] == 0) {
                continue;
            }
            int offset = (row * length + t) * dimension;
            for (int d = 0; d < dimension; d++) {
                v[d] += tokens.get(offset + d);
            }
            count++;
        }
        for (int d = 0; d < dimension; d++) {
            v[d] /= count;
        }
        return v;
    }

    private static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        for (int d = 0; d < v.length; d++) {
            v[d] /= norm;
        }
        return v;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = OnnxEncoder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
