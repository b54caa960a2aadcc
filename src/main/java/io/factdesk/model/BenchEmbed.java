package io.factdesk.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.onnxruntime.OrtSession;

/**
 * The encoder's benchmark (run by scripts/bench-embed): {@code SENTENCES_FILE N RUNS THREADS}. Embeds the first
 * N lines of the file through {@link SentenceEncoder} (tokenizing, batching, pooling and all), then runs ONNX
 * Runtime alone on the same batches, tokenized beforehand: its session calls are the floor that nothing in
 * factdesk can go under. Each of RUNS rounds times both, after one round of warming up; the medians are printed.
 */
public final class BenchEmbed {

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
        List<TokenBatch> batches = TokenBatch.of(encoder.onnx().tokenize(sentences), SentenceEncoder.BATCH_ROWS,
                SentenceEncoder.BATCH_TOKENS);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-raw-onnx");
            t.setDaemon(true);
            return t;
        });
        double[] factdesk = new double[runs];
        double[] raw = new double[runs];
        double[] factdeskCpu = new double[runs];
        double[] rawCpu = new double[runs];
        for (int run = -1; run < runs; run++) {
            // The order alternates, so that a neighbour's load on shared cores falls on both alike.
            for (boolean rawFirst : run % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                long start = System.nanoTime();
                long cpu = cpuNanos();
                if (rawFirst) {
                    runRaw(encoder.onnx(), batches, pool);
                } else {
                    encoder.embed(sentences);
                }
                double wall = seconds(start);
                double used = (cpuNanos() - cpu) / 1e9;
                if (run >= 0) {
                    (rawFirst ? raw : factdesk)[run] = sentences.size() / wall;
                    (rawFirst ? rawCpu : factdeskCpu)[run] = sentences.size() / used;
                }
            }
        }
        long tokens = batches.stream().mapToLong(b -> Arrays.stream(b.mask()).sum()).sum();
        long padded = batches.stream().mapToLong(b -> b.mask().length).sum();
        System.out.printf(Locale.ROOT, "encoder %s, %d sentences (%.1f tokens each, %.1f%% padding), %d threads, median of %d runs%n",
                encoder.name(), sentences.size(), tokens / (double) sentences.size(), 100.0 * (padded - tokens) / padded,
                threads, runs);
        double fm = median(factdesk);
        double rm = median(raw);
        System.out.printf(Locale.ROOT, "factdesk SentenceEncoder: %.0f sentences/s%n", fm);
        System.out.printf(Locale.ROOT, "raw ONNX session calls:   %.0f sentences/s%n", rm);
        System.out.printf(Locale.ROOT, "ratio factdesk / raw:     %.2f%n", fm / rm);
        // Per second of processor time: steadier than the clock when other work shares the cores.
        System.out.printf(Locale.ROOT, "per CPU second: factdesk %.0f, raw %.0f sentences, ratio %.2f%n",
                median(factdeskCpu), median(rawCpu), median(factdeskCpu) / median(rawCpu));
        System.exit(0);
    }

    /** The session calls alone, spread over the threads as the encoder spreads them. */
    private static void runRaw(OnnxEncoder onnx, List<TokenBatch> batches, ExecutorService pool) throws Exception {
        List<Future<?>> calls = new ArrayList<>(batches.size());
        for (TokenBatch b : batches) {
            calls.add(pool.submit(() -> {
                try (OrtSession.Result result = onnx.run(b)) {
                    return result.size();
                }
            }));
        }
        for (Future<?> c : calls) {
            c.get();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
