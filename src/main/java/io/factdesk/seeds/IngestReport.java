package io.factdesk.seeds;

import java.util.List;

/** What one ingest did. Claims are counted over the seeds that were new or changed. */
public record IngestReport(int seedsAdded, int seedsChanged, int seedsUnchanged, int claimsAdded, int claimsKept,
                           int claimsMarkedStale, List<String> warnings) {

    public IngestReport {
        warnings = List.copyOf(warnings);
    }

    public boolean changedAnything() {
        return seedsAdded + seedsChanged + claimsMarkedStale > 0;
    }

    public String summary() {
        return String.format("%d seeds added, %d changed, %d unchanged; %d claims added, %d kept, %d marked stale",
                seedsAdded, seedsChanged, seedsUnchanged, claimsAdded, claimsKept, claimsMarkedStale);
    }
}
