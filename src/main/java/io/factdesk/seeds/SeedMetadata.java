package io.factdesk.seeds;

/**
 * What an article says about itself.
 *
 * @param publishedOn   ISO-8601 date, or null
 * @param publishedText the date as written in the article, or null
 */
public record SeedMetadata(String title, String byline, String publishedOn, String publishedText,
                           String sourceUrl, String language) {
}
