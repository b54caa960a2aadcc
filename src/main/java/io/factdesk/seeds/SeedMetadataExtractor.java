package io.factdesk.seeds;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.factdesk.support.LanguageGuesser;

/**
 * Finds an article's title, byline, date, source URL and language from its text.
 * Numeric dates are read day first (05/02/2025 is 5 February), as in Vietnamese and
 * most non-US sources; ISO dates are read as they are.
 */
public final class SeedMetadataExtractor {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*)$");
    private static final Pattern SOURCE = Pattern.compile(
            "^(?:source(?: link| url)?|original(?: article)?|link)\\s*[:：]\\s*(https?://\\S+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:interview|story|text|words|report|reporting|analysis|column|opinion)\\s+)?"
                    + "(?:by|content|author|authors|written by|reporters?)\\s*[:：]?\\s+(\\p{L}.{1,150})$", Pattern.CASE_INSENSITIVE);
    /** A dateline opening a paragraph: a place and a date, at most five words, then a dash ("Hanoi, 18/06/2025 – The …"). */
    private static final Pattern DATELINE = Pattern.compile("^((?:\\S+\\s+){0,4}?\\S+)\\s+[–—-]\\s+\\S");
    private static final Pattern DMY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    /** "14 March 2024" or "March 14, 2024". */
    private static final Pattern WORD_DATE = Pattern.compile(
            "\\b(?:(\\d{1,2})\\s+" + MONTHS + "|" + MONTHS + "\\s+(\\d{1,2}),?)\\s+(?:(\\d{4})|(\\d{4}))\\b");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    public SeedMetadata extract(String text) {
        String title = null;
        String byline = null;
        String sourceUrl = null;
        String publishedOn = null;
        String publishedText = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (title == null) {
                Matcher h = HEADING.matcher(line);
                title = (h.matches() ? h.group(1) : line).replaceAll("[*_`]", "").strip();
            }
            Matcher s = SOURCE.matcher(line);
            if (sourceUrl == null && s.matches()) {
                sourceUrl = s.group(1);
            }
            String plain = line.replaceAll("[*_`]", "").strip();
            Matcher b = BYLINE.matcher(plain);
            if (byline == null && b.matches() && plain.length() < 160) {
                // "By Maria Okafor · 14 March 2024": the name ends at the first separator.
                byline = b.group(1).split("\\s+[·|—–-]\\s+|,\\s+\\d")[0].strip();
            }
            String dateText = publishedOn == null ? dateText(plain) : null;
            String iso = dateText == null ? null : date(dateText);
            if (iso != null) {
                publishedOn = iso;
                publishedText = dateText;
            }
        }
        return new SeedMetadata(title == null ? "(untitled)" : truncate(title, 120), byline, publishedOn,
                publishedText, sourceUrl, LanguageGuesser.guess(text));
    }

    /** Where a line may hold the publication date: all of a short line, or the dateline opening a paragraph. */
    private static String dateText(String line) {
        if (line.length() < 60) {
            return line;
        }
        Matcher dateline = DATELINE.matcher(line);
        return dateline.find() ? dateline.group(1).strip() : null;
    }

    static String date(String line) {
        Matcher iso = ISO.matcher(line);
        Matcher words = WORD_DATE.matcher(line);
        try {
            if (words.find()) {
                String day = words.group(1) != null ? words.group(1) : words.group(4);
                String month = words.group(1) != null ? words.group(2) : words.group(3);
                return LocalDate.of(Integer.parseInt(words.group(5) != null ? words.group(5) : words.group(6)),
                        Month.valueOf(month.toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(day)).toString();
            }
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))).toString();
            }
            Matcher dmy = DMY.matcher(line);
            if (dmy.find()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))).toString();
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A title that is really a first paragraph is cut at a word boundary. */
    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
