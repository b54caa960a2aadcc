package io.factdesk.seeds;

/**
 * A stored seed with its metadata and how many claims came from it.
 *
 * @param removedAt when the ingest found its file gone (its claims are stale since), else null
 */
public record Seed(long id, String name, String contentHash, SeedMetadata metadata, String ingestedAt,
                   int claimCount, int queueCount, String removedAt) {
}
