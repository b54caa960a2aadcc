package io.factdesk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.factdesk.support.FactdeskException;

/**
 * The local sentence encoder: {@link #MODEL} on ONNX Runtime, on the CPU. Its weights ship inside the jar (the
 * langchain4j artifact's resources, used directly), so nothing is fetched; they are loaded on first use, so that
 * only the commands that embed pay for it. Each vector is pooled as the model was trained and of unit length, so
 * a dot product is a cosine.
 *
 * <p>Sentences are encoded many to an ONNX call, sorted by length so that little of each call is padding, and
 * the calls run side by side, one thread each: on a few cores that beats one call at a time with ONNX Runtime
 * splitting each call over the cores, whose small matrices leave its threads waiting on one another.
 */
public final class SentenceEncoder {

    public static final int DIMENSION = 384;

    /** The model, and the version of the artifact it comes from. */
    static final EncoderModel MODEL = new EncoderModel("e5-small-v2/langchain4j-1.11.0-beta19/query", "e5-small-v2.onnx",
            "e5-small-v2-tokenizer.json", "query: ", EncoderModel.Pooling.MEAN, 512, DIMENSION);

    /** Sentences per call: past this, larger calls stop getting faster per sentence. */
    static final int BATCH_ROWS = 32;
    /** Tokens per call, padding included, so that a batch of long sentences stays about as costly as another. */
    static final int BATCH_TOKENS = BATCH_ROWS * 64;

    private final EncoderModel model;
    private final int threads;
    private volatile Loaded loaded;

    private record Loaded(OnnxEncoder onnx, ExecutorService pool) {
    }

    /** One encoding thread per core. */
    public SentenceEncoder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public SentenceEncoder(int threads) {
        this(MODEL, threads);
    }

    SentenceEncoder(EncoderModel model, int threads) {
        if (model.dimension() != DIMENSION) {
            throw new IllegalArgumentException(model.name() + " gives vectors of " + model.dimension());
        }
        this.model = model;
        this.threads = Math.max(1, threads);
    }

    /** The encoder and its version: vectors made under one name are comparable only with each other. */
    public String name() {
        return model.name();
    }

    /** One vector of {@link #DIMENSION} numbers per sentence, in order. Blank text gets a vector too. */
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Loaded l = loaded();
        List<TokenBatch> batches = TokenBatch.of(l.onnx().tokenize(sentences), BATCH_ROWS, BATCH_TOKENS);
        float[][] vectors = new float[sentences.size()][];
        try {
            if (batches.size() == 1) {
                place(vectors, batches.get(0), l.onnx().embed(batches.get(0)));
            } else {
                List<Future<float[][]>> results = new ArrayList<>(batches.size());
                for (TokenBatch b : batches) {
                    results.add(l.pool().submit(() -> l.onnx().embed(b)));
                }
                for (int i = 0; i < batches.size(); i++) {
                    place(vectors, batches.get(i), results.get(i).get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FactdeskException.failure("sentence encoding was interrupted", e);
        } catch (ExecutionException | ai.onnxruntime.OrtException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw FactdeskException.failure("the sentence encoder failed (" + cause + ")", cause);
        }
        return Arrays.asList(vectors);
    }

    public float[] embed(String sentence) {
        return embed(List.of(sentence)).get(0);
    }

    /** The loaded model, for the benchmark's raw ONNX calls on the same batches. */
    OnnxEncoder onnx() {
        return loaded().onnx();
    }

    private static void place(float[][] vectors, TokenBatch batch, float[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            vectors[batch.sentences()[r]] = rows[r];
        }
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    loaded = l = load();
                }
            }
        }
        return l;
    }

    private Loaded load() {
        OnnxEncoder onnx;
        try {
            // One ONNX Runtime thread per call: the calls themselves run side by side.
            onnx = OnnxEncoder.load(model, 1);
        } catch (Exception | LinkageError e) {
            throw FactdeskException.failure("the sentence encoder (" + model.name() + ") could not be loaded (" + e + ")", e);
        }
        // Daemon threads: a one-shot command must not wait for the pool before the JVM exits.
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sentence-encoder");
            t.setDaemon(true);
            return t;
        });
        return new Loaded(onnx, pool);
    }
}
