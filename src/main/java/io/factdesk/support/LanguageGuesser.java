package io.factdesk.support;

/**
 * A coarse guess at an article's main language from its letters' scripts: enough to
 * label a seed, not to translate it. Vietnamese is told from English by its tone marks.
 */
public final class LanguageGuesser {

    private LanguageGuesser() {
    }

    public static String guess(String text) {
        int latin = 0;
        int vietnamese = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> {
                    latin++;
                    if (isVietnameseMark(cp)) {
                        vietnamese++;
                    }
                }
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                default -> { }
            }
        }
        // A Han character carries roughly a word; Latin letters come about five to a word.
        int latinWords = latin / 5;
        int max = Math.max(Math.max(latinWords, han), Math.max(Math.max(kana, hangul), cyrillic / 5));
        if (max == 0) {
            return "und";
        }
        if (max == kana) {
            return "ja";
        }
        if (max == hangul) {
            return "ko";
        }
        if (max == han) {
            return "zh";
        }
        if (max == cyrillic / 5) {
            return "ru";
        }
        return vietnamese * 12 > latin ? "vi" : "en";
    }

    private static boolean isVietnameseMark(int cp) {
        return (cp >= 0x1EA0 && cp <= 0x1EF9) || "ăâđêôơưĂÂĐÊÔƠƯ".indexOf(cp) >= 0;
    }
}
