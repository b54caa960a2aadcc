package io.factdesk.seeds;

/** A stored seed with its metadata and how many claims came from it. */
public record Seed(int id, String name, String contentHash, SeedMetadata metadata, String ingestedAt,
                   int claimCount, int queueCount) {
}
