package io.factdesk.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the pairs of claims that match ({@link ClaimMatching}) among many, without comparing every claim with
 * every other. Blocking: two claims are compared only when they share a figure or a content word that few
 * claims hold (at most {@link #MAX_SHARING} of them); a word that many claims share says little about any pair.
 * Two claims that are the same claim nearly always share one (a figure, a name, the thing measured).
 * The vectors stay in their stored form (a byte per number), so the scan needs a quarter of the memory.
 */
public final class MatchIndex {

    /** Claims a blocking word may be shared by before it stops proposing pairs. */
    public static final int MAX_SHARING = 300;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\d+(?:[.,]\\d+)*");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "that", "this", "with", "from", "was", "were",
            "are", "has", "have", "had", "been", "its", "their", "they", "will", "would", "said", "says", "say", "per", "cent",
            "percent", "about", "into", "than", "more", "less", "last", "year", "years", "also", "which", "who", "not", "but",
            "after", "before", "since", "over", "under", "our", "his", "her", "she", "him", "all", "one", "two", "new", "now",
            "there", "other", "some", "such", "can", "could", "may", "might", "should", "must", "according");

    /** A claim to match: its id, its text and its stored vector. */
    public record Entry(long claimId, String text, byte[] vector) {
    }

    /** A pair that matches, the smaller id first. */
    public record Pair(long first, long second, double similarity) {
    }

    private MatchIndex() {
    }

    /** Every matching pair among the entries, each once. */
    public static List<Pair> pairs(List<Entry> entries, double threshold) {
        return pairs(entries, threshold, (a, b) -> true);
    }

    /**
     * The matching pairs among the entries that {@code compared} admits, each once: the blocking runs over all of
     * them, and only admitted pairs are checked (library entries against claims, not claims among themselves).
     */
    public static List<Pair> pairs(List<Entry> entries, double threshold,
                                   java.util.function.BiPredicate<Entry, Entry> compared) {
        int n = entries.size();
        int[][] tokens = new int[n][];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            tokens[i] = tokenIds(entries.get(i).text(), ids);
        }
        int[] sharing = new int[ids.size()];
        for (int[] t : tokens) {
            for (int id : t) {
                sharing[id]++;
            }
        }
        int[][] holders = new int[ids.size()][];
        int[] fill = new int[ids.size()];
        for (int id = 0; id < holders.length; id++) {
            holders[id] = sharing[id] <= MAX_SHARING && sharing[id] > 1 ? new int[sharing[id]] : null;
        }
        for (int i = 0; i < n; i++) {
            for (int id : tokens[i]) {
                if (holders[id] != null) {
                    holders[id][fill[id]++] = i;
                }
            }
        }
        ConcurrentLinkedQueue<Pair> found = new ConcurrentLinkedQueue<>();
        IntStream.range(0, n).parallel().forEach(i -> {
            java.util.BitSet seen = new java.util.BitSet();
            float[] vi = EmbeddingCodec.decode(entries.get(i).vector());
            for (int id : tokens[i]) {
                int[] others = holders[id];
                if (others == null) {
                    continue;
                }
                for (int j : others) {
                    if (j <= i || seen.get(j)) {
                        continue;
                    }
                    seen.set(j);
                    Entry a = entries.get(i);
                    Entry b = entries.get(j);
                    if (!compared.test(a, b)) {
                        continue;
                    }
                    float[] vj = EmbeddingCodec.decode(b.vector());
                    ClaimMatching.Decision d = ClaimMatching.decide(a.text(), vi, b.text(), vj, threshold);
                    if (d.matches()) {
                        long x = Math.min(a.claimId(), b.claimId());
                        long y = Math.max(a.claimId(), b.claimId());
                        found.add(new Pair(x, y, Math.round(d.similarity() * 100) / 100.0));
                    }
                }
            }
        });
        List<Pair> out = new ArrayList<>(found);
        out.sort((p, q) -> p.first() != q.first() ? Long.compare(p.first(), q.first()) : Long.compare(p.second(), q.second()));
        return out;
    }

    /** The distinct blocking words of a text: figures as written without separators, content words singular. */
    static int[] tokenIds(String text, Map<String, Integer> ids) {
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            String t = m.group();
            if (Character.isDigit(t.charAt(0))) {
                t = t.replace(",", "");
            } else if (t.length() < 3 || STOPWORDS.contains(t)) {
                continue;
            } else if (t.length() > 4 && t.endsWith("s")) {
                t = t.substring(0, t.length() - 1);
            }
            int id = ids.computeIfAbsent(t, k -> ids.size());
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
