package io.factdesk.model;

import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/**
 * The encoder's benchmark (run by scripts/bench-embed): {@code SENTENCES_FILE N RUNS THREADS}. Embeds the first
 * N lines of the file through factdesk's {@link SentenceEncoder} (tokenizing, inference, pooling, in parallel),
 * then runs ONNX Runtime alone on the same model file and the same token ids, tokenized beforehand, one sentence
 * per call as the encoder makes them, over as many threads: the floor nothing in factdesk can go under. Each of
 * RUNS rounds times both, in alternating order, after one round of warming up; the medians are printed.
 */
public final class BenchEmbed {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private BenchEmbed() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: BenchEmbed SENTENCES_FILE N RUNS THREADS");
            System.exit(2);
        }
        List<String> all = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> sentences = all.subList(0, Math.min(all.size(), Integer.parseInt(args[1])));
        int runs = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        SentenceEncoder encoder = new SentenceEncoder(threads);
        List<long[]> ids = tokenize(sentences);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (InputStream in = resource(MODEL); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            session = environment.createSession(in.readAllBytes(), options);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-raw-onnx");
            t.setDaemon(true);
            return t;
        });
        double[] factdesk = new double[runs];
        double[] raw = new double[runs];
        for (int run = -1; run < runs; run++) {
            // The order alternates, so that a neighbour's load on shared cores falls on both alike.
            for (boolean rawFirst : run % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                long start = System.nanoTime();
                if (rawFirst) {
                    runRaw(environment, session, ids, pool);
                } else {
                    encoder.embed(sentences);
                }
                double wall = (System.nanoTime() - start) / 1e9;
                if (run >= 0) {
                    (rawFirst ? raw : factdesk)[run] = sentences.size() / wall;
                }
            }
        }
        double tokens = ids.stream().mapToInt(a -> a.length).average().orElse(0);
        System.out.printf(Locale.ROOT, "all-MiniLM-L6-v2 (quantized), %d sentences (%.1f tokens each), %d threads,"
                + " median of %d runs%n", sentences.size(), tokens, threads, runs);
        System.out.printf(Locale.ROOT, "factdesk's embedding stage: %.0f sentences/s (runs: %s)%n", median(factdesk),
                Arrays.toString(round(factdesk)));
        System.out.printf(Locale.ROOT, "raw ONNX Runtime calls:     %.0f sentences/s (runs: %s)%n", median(raw),
                Arrays.toString(round(raw)));
        System.out.printf(Locale.ROOT, "ratio factdesk / raw:       %.2f%n", median(factdesk) / median(raw));
        System.exit(0);
    }

    private static List<long[]> tokenize(List<String> sentences) throws Exception {
        try (InputStream in = resource(TOKENIZER);
             HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(in,
                     Map.of("padding", "false", "truncation", "true", "maxLength", "512"))) {
            List<long[]> ids = new ArrayList<>();
            for (Encoding e : tokenizer.batchEncode(sentences)) {
                ids.add(e.getIds());
            }
            return ids;
        }
    }

    /** The session calls alone, one sentence each, spread over the threads. */
    private static void runRaw(OrtEnvironment environment, OrtSession session, List<long[]> ids, ExecutorService pool)
            throws Exception {
        List<Future<?>> calls = new ArrayList<>(ids.size());
        for (long[] sentence : ids) {
            calls.add(pool.submit(() -> {
                long[] shape = {1, sentence.length};
                long[] mask = new long[sentence.length];
                Arrays.fill(mask, 1);
                Map<String, OnnxTensor> inputs = new HashMap<>();
                try {
                    inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(sentence), shape));
                    inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
                    inputs.put("token_type_ids", OnnxTensor.createTensor(environment,
                            LongBuffer.wrap(new long[sentence.length]), shape));
                    try (OrtSession.Result result = session.run(inputs)) {
                        return result.size();
                    }
                } finally {
                    inputs.values().forEach(OnnxTensor::close);
                }
            }));
        }
        for (Future<?> c : calls) {
            c.get();
        }
    }

    private static InputStream resource(String name) throws java.io.IOException {
        InputStream in = BenchEmbed.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new java.io.IOException(name + " is not on the class path");
        }
        return in;
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
