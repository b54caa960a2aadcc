package io.factdesk.seeds;

import java.util.List;

/**
 * What one ingest did. Claims are counted over the seeds that were new, changed or removed.
 *
 * @param claimsMatched new claims in the queue that are the same claim as one already judged
 * @param events one line for each seed whose file was removed or came back
 *               ("seed a.md removed: 12 claims marked stale")
 */
public record IngestReport(int seedsAdded, int seedsChanged, int seedsUnchanged, int seedsRemoved, int claimsAdded,
                           int claimsKept, int claimsMarkedStale, int claimsMatched, List<String> warnings,
                           List<String> events) {

    public IngestReport {
        warnings = List.copyOf(warnings);
        events = List.copyOf(events);
    }

    public IngestReport withClaimsMatched(int matched) {
        return new IngestReport(seedsAdded, seedsChanged, seedsUnchanged, seedsRemoved, claimsAdded, claimsKept,
                claimsMarkedStale, matched, warnings, events);
    }

    public boolean changedAnything() {
        return seedsAdded + seedsChanged + seedsRemoved + claimsMarkedStale > 0;
    }

    public String summary() {
        return String.format("%d seeds added, %d changed, %d unchanged%s; %d claims added, %d kept, %d marked stale%s",
                seedsAdded, seedsChanged, seedsUnchanged, seedsRemoved == 0 ? "" : ", " + seedsRemoved + " removed",
                claimsAdded, claimsKept, claimsMarkedStale, claimsMatched == 0 ? ""
                        : "; " + claimsMatched + " new " + (claimsMatched == 1 ? "claim matches" : "claims match")
                        + " one already checked ('claims list --matched')");
    }
}
