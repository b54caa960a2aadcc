package io.factdesk.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whole-word phrases in a sentence in one pass over its words, case-insensitively.
 * A regex alternation of the same words is tried at every character and costs ten times
 * as much; this is what keeps extraction of a large corpus fast.
 */
final class PhraseMatcher {

    /** A sentence split once into lower-case words with their offsets. */
    record Words(String[] words, int[] starts) {

        static Words of(String text) {
            List<String> words = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && !isWordChar(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    words.add(text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''));
                    starts.add(start);
                }
            }
            return new Words(words.toArray(String[]::new), starts.stream().mapToInt(Integer::intValue).toArray());
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
        }
    }

    /** Where a phrase was found: its character offset and the phrase as listed. */
    record Hit(int start, String phrase) {
    }

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    PhraseMatcher(List<String> phrases) {
        for (String p : phrases) {
            String[] words = p.toLowerCase(Locale.ROOT).split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
    }

    /** Every occurrence, in text order, at most {@code limit}. */
    List<Hit> find(Words text, int limit) {
        List<Hit> hits = new ArrayList<>();
        String[] w = text.words();
        for (int i = 0; i < w.length && hits.size() < limit; i++) {
            List<String[]> candidates = byFirstWord.get(w[i]);
            if (candidates == null) {
                continue;
            }
            for (String[] phrase : candidates) {
                if (matchesAt(w, i, phrase)) {
                    hits.add(new Hit(text.starts()[i], String.join(" ", phrase)));
                    break;
                }
            }
        }
        return hits;
    }

    private static boolean matchesAt(String[] words, int at, String[] phrase) {
        if (at + phrase.length > words.length) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!words[at + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
