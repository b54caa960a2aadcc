package io.factdesk.seeds;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            "^(?:by|content|author|authors|written by|reporters?)\\s*[:：]?\\s+(\\p{L}.{1,150})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
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
            Matcher b = BYLINE.matcher(line);
            if (byline == null && b.matches() && line.length() < 160) {
                byline = b.group(1).strip();
            }
            if (publishedOn == null && line.length() < 40) {
                String iso = date(line);
                if (iso != null) {
                    publishedOn = iso;
                    publishedText = line;
                }
            }
        }
        return new SeedMetadata(title == null ? "(untitled)" : truncate(title, 200), byline, publishedOn,
                publishedText, sourceUrl, LanguageGuesser.guess(text));
    }

    static String date(String line) {
        Matcher iso = ISO.matcher(line);
        try {
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

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
