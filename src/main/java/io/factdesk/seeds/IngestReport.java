package io.factdesk.seeds;

import java.util.List;

/**
 * What one ingest did. Claims are counted over the seeds that were new, changed or removed.
 *
 * @param events one line for each seed whose file was removed or came back
 *               ("seed a.md removed: 12 claims marked stale")
 */
public record IngestReport(int seedsAdded, int seedsChanged, int seedsUnchanged, int seedsRemoved, int claimsAdded,
                           int claimsKept, int claimsMarkedStale, List<String> warnings, List<String> events) {

    public IngestReport {
        warnings = List.copyOf(warnings);
        events = List.copyOf(events);
    }

    public boolean changedAnything() {
        return seedsAdded + seedsChanged + seedsRemoved + claimsMarkedStale > 0;
    }

    public String summary() {
        return String.format("%d seeds added, %d changed, %d unchanged%s; %d claims added, %d kept, %d marked stale",
                seedsAdded, seedsChanged, seedsUnchanged, seedsRemoved == 0 ? "" : ", " + seedsRemoved + " removed",
                claimsAdded, claimsKept, claimsMarkedStale);
    }
}
