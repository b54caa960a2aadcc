package io.factdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.factdesk.support.FactdeskException;

/**
 * A local sentence encoder: all-MiniLM-L6-v2 (quantized) on ONNX Runtime, on the CPU. Its weights ship inside
 * the jar, so nothing is fetched; they are loaded on first use, so that only the commands that embed pay for it.
 * Each vector is mean-pooled and of unit length, so a dot product is a cosine.
 */
public final class SentenceEncoder {

    public static final int DIMENSION = 384;

    private final int threads;
    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    /** One embedding thread per core: each sentence is encoded on its own, so they run in parallel. */
    public SentenceEncoder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public SentenceEncoder(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** One vector of {@link #DIMENSION} numbers per sentence, in order. */
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            // The library refuses blank text, so a blank sentence is encoded as a lone full stop.
            segments.add(TextSegment.from(s.isBlank() ? "." : s));
        }
        List<Embedding> embeddings = model().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            vectors.add(e.vector());
        }
        return vectors;
    }

    public float[] embed(String sentence) {
        return embed(List.of(sentence)).get(0);
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    model = m = load();
                }
            }
        }
        return m;
    }

    private AllMiniLmL6V2QuantizedEmbeddingModel load() {
        // Daemon threads: a one-shot command must not wait for the pool to time out before the JVM exits.
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sentence-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            return new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
        } catch (RuntimeException | LinkageError e) {
            pool.shutdown();
            throw FactdeskException.failure("the sentence encoder could not be loaded (" + e + ")", e);
        }
    }
}
