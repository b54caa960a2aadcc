package io.factdesk.support;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name someone probably meant by one that is not on a list (a roster, the seeds), in this order:
 * <ol>
 * <li>the same name ignoring case and accents ("lan" for "Lan", "Nguyen Thi Lan" for "Nguyễn Thị Lan");</li>
 * <li>a small edit distance between the two, also ignoring case and accents (edits of single code points, a swap
 * of two neighbours counting as one): none for
 * names of one or two letters, one edit up to five, two up to ten, three beyond ("Lna" for "Lan");</li>
 * <li>one whole word of exactly one member's name ("lan" for "Nguyễn Thị Lan").</li>
 * </ol>
 * Ties go to the name first in case-insensitive order, so the suggestion never depends on the roster's row order.
 * No suggestion is better than a far-fetched one: the caller then says where the whole list is.
 */
public final class NameSuggestion {

    private NameSuggestion() {
    }

    public static Optional<String> closest(String typed, Collection<String> members) {
        String key = fold(typed);
        List<String> sorted = sorted(members);
        Optional<String> same = sameIgnoringCaseAndAccents(typed, sorted);
        if (same.isPresent()) {
            return same;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String member : sorted) {
            String other = fold(member);
            int limit = allowedEdits(Math.max(key.codePointCount(0, key.length()), other.codePointCount(0, other.length())));
            int distance = distance(key, other, limit);
            if (distance <= limit && distance < bestDistance) {
                best = member;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        List<String> byWord = sorted.stream().filter(n -> List.of(fold(n).split(" ")).contains(key)).toList();
        return byWord.size() == 1 ? Optional.of(byWord.get(0)) : Optional.empty();
    }

    /** The first other name that differs from {@code name} only in case or accents ("lan" and "Lân" for "Lan"). */
    public static Optional<String> sameIgnoringCaseAndAccents(String name, Collection<String> members) {
        String key = fold(name);
        List<String> others = sorted(members).stream().filter(n -> !n.equals(name)).toList();
        return others.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst()
                .or(() -> others.stream().filter(n -> fold(n).equals(key)).findFirst());
    }

    private static List<String> sorted(Collection<String> names) {
        return names.stream()
                .sorted(Comparator.comparing((String n) -> n, String.CASE_INSENSITIVE_ORDER).thenComparing(n -> n))
                .toList();
    }

    static int allowedEdits(int length) {
        if (length <= 2) {
            return 0;
        }
        return length <= 5 ? 1 : length <= 10 ? 2 : 3;
    }

    /**
     * Lower case without accents: decomposed, combining marks dropped, and the Latin letters that have no
     * decomposition (đ, ø, ł, ß …) spelled as their base letters.
     */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            switch (cp) {
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case 'ħ', 'Ħ' -> out.append('h');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'þ', 'Þ' -> out.append("th");
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Edit distance over code points, counting a swap of two neighbours as one edit as a typist makes it ("Lna"
     * for "Lan"; optimal string alignment), or {@code limit + 1} as soon as it must exceed the limit: an import
     * checks every row, and names whose lengths differ by more than the limit need no table at all.
     */
    static int distance(String a, String b, int limit) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > limit) {
            return limit + 1;
        }
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            d[i][0] = i;
            int rowMin = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit + 1) {
                return limit + 1;
            }
        }
        return Math.min(d[x.length][y.length], limit + 1);
    }
}
