package io.factdesk.seeds;

/** The JSON shape of a seed (README, "JSON output"). */
public record SeedJson(long id, String name, String title, String byline, String publishedOn, String publishedText,
                       String sourceUrl, String language, String contentHash, String ingestedAt, int claims,
                       int queue, String removedAt) {

    static SeedJson of(Seed s) {
        SeedMetadata m = s.metadata();
        return new SeedJson(s.id(), s.name(), m.title(), m.byline(), m.publishedOn(), m.publishedText(),
                m.sourceUrl(), m.language(), s.contentHash(), s.ingestedAt(), s.claimCount(), s.queueCount(),
                s.removedAt());
    }
}
