package io.factdesk.claims;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

/**
 * Groups claims that say the same thing. Each text becomes a set of shingles (pairs of
 * consecutive words; three consecutive characters for scripts written without spaces);
 * MinHash signatures with LSH banding propose candidate pairs in near-linear time, and a
 * pair joins a group only when the exact Jaccard similarity of the shingle sets reaches
 * the threshold. Groups are the connected components of those pairs.
 */
public final class NearDuplicateFinder {

    public static final double DEFAULT_THRESHOLD = 0.5;
    private static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int MIN_SHINGLES = 4;
    private static final int CROWDED_BUCKET = 64;

    /** A claim's place in a group: the group's first claim id and the similarity to it. */
    public record Membership(long claimId, long groupId, double similarity) {
    }

    private final double threshold;
    private final long[] seedsA = new long[HASHES];
    private final long[] seedsB = new long[HASHES];

    public NearDuplicateFinder(double threshold) {
        this.threshold = threshold;
        java.util.Random random = new java.util.Random(57);
        for (int i = 0; i < HASHES; i++) {
            seedsA[i] = random.nextLong() | 1;
            seedsB[i] = random.nextLong();
        }
    }

    /** @param texts claim id to claim text; returns only claims that have at least one near-duplicate */
    public List<Membership> groups(Map<Long, String> texts) {
        // Shingles as sorted arrays, and each band's buckets made and dropped one band at a time: sets of boxed
        // shingles and every band's keys at once would not fit the heap of a large ingest.
        List<Long> ids = new ArrayList<>();
        List<int[]> shingles = new ArrayList<>();
        Map<Long, Long> parent = new HashMap<>();
        Map<String, Long> firstWithText = new HashMap<>();
        texts.forEach((id, text) -> {
            // Identical texts join at once; only distinct texts go through MinHash.
            Long same = firstWithText.putIfAbsent(ClaimExtractor.normalise(text), id);
            int[] s = shingles(text);
            if (s.length < MIN_SHINGLES) {
                return;
            }
            if (same != null) {
                union(parent, same, id);
            } else {
                ids.add(id);
                shingles.add(s);
            }
        });
        long[][] bandKeys = new long[shingles.size()][];
        for (int c = 0; c < bandKeys.length; c++) {
            bandKeys[c] = bandKeys(signature(shingles.get(c)));
        }
        Set<Long> checked = new HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            Map<Long, List<Integer>> buckets = new LinkedHashMap<>();
            for (int c = 0; c < bandKeys.length; c++) {
                buckets.computeIfAbsent(bandKeys[c][b], k -> new ArrayList<>()).add(c);
            }
            for (List<Integer> bucket : buckets.values()) {
                // A crowded bucket (a sentence repeated across thousands of articles) is compared
                // against its first few members only, which keeps the work linear in the bucket.
                int anchors = bucket.size() > CROWDED_BUCKET ? 4 : bucket.size();
                for (int i = 0; i < anchors; i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        int x = bucket.get(i);
                        int y = bucket.get(j);
                        long a = ids.get(x);
                        long bId = ids.get(y);
                        if (checked.add(pairKey(a, bId)) && jaccard(shingles.get(x), shingles.get(y)) >= threshold) {
                            union(parent, a, bId);
                        }
                    }
                }
            }
        }
        List<Membership> out = new ArrayList<>();
        Map<Long, int[]> byId = new HashMap<>();
        for (Long id : parent.keySet()) {
            long root = find(parent, id);
            int[] mine = byId.computeIfAbsent(id, k -> shingles(texts.get(k)));
            int[] rootShingles = byId.computeIfAbsent(root, k -> shingles(texts.get(k)));
            out.add(new Membership(id, root, Math.round(jaccard(mine, rootShingles) * 100) / 100.0));
        }
        out.sort(java.util.Comparator.comparingLong(Membership::claimId));
        return out;
    }

    /** One key per band: its rows of the signature, mixed into 64 bits (two bands collide about never). */
    private static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = 0x9E3779B97F4A7C15L;
            for (int r = 0; r < ROWS; r++) {
                key = (key ^ signature[b * ROWS + r]) * 0xBF58476D1CE4E5B9L;
                key ^= key >>> 31;
            }
            keys[b] = key;
        }
        return keys;
    }

    private static long pairKey(long a, long b) {
        return Math.min(a, b) * 1_000_003L + Math.max(a, b);
    }

    /** Jaccard similarity of two texts' shingle sets, 0 to 1, to two decimals. */
    public static double similarity(String a, String b) {
        return Math.round(jaccard(shingles(a), shingles(b)) * 100) / 100.0;
    }

    /** The text's shingles, each once, sorted. */
    static int[] shingles(String text) {
        String norm = ClaimExtractor.normalise(text).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        String[] words = norm.split("\\s+");
        boolean unspacedScript = norm.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        });
        IntStream.Builder out = IntStream.builder();
        if (!unspacedScript) {
            for (int i = 0; i + 1 < words.length; i++) {
                out.add(hash(words[i] + ' ' + words[i + 1]));
            }
        } else {
            String compact = norm.replace(" ", "");
            for (int i = 0; i + 3 <= compact.length(); i++) {
                out.add(hash(compact.substring(i, i + 3)));
            }
        }
        return out.build().sorted().distinct().toArray();
    }

    /** Jaccard similarity of two sorted sets of shingles. */
    static double jaccard(int[] a, int[] b) {
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    private long[] signature(int[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = (seedsA[i] * s + seedsB[i]) >>> 1;
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    private static int hash(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        // Every claim on the way now points at the root, so a long chain is walked once.
        for (long at = x; at != root; ) {
            long next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            // The smaller id becomes the root, so a group is named after its first claim.
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
