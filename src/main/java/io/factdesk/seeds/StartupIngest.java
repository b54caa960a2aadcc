package io.factdesk.seeds;

import java.io.PrintWriter;
import java.nio.file.Files;

import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskSettings;
import io.factdesk.support.TerminalText;

/** Every start brings the database in line with the seeds folder; it says something only when that changed anything. */
@Component
public class StartupIngest {

    private final SeedIngestService ingestService;
    private final FactdeskSettings settings;

    public StartupIngest(SeedIngestService ingestService, FactdeskSettings settings) {
        this.ingestService = ingestService;
        this.settings = settings;
    }

    public void run(PrintWriter messages) {
        if (!settings.ingestOnStart()) {
            return;
        }
        if (!Files.isDirectory(settings.seeds())) {
            messages.println("warning: seeds folder " + settings.seeds() + " not found; nothing ingested");
            return;
        }
        IngestReport report = ingestService.ingest(settings.seeds(), false);
        report.warnings().forEach(w -> messages.println("warning: " + TerminalText.safe(w)));
        report.events().forEach(e -> messages.println(TerminalText.safe(e)));
        if (report.changedAnything()) {
            messages.println("ingested " + settings.seeds() + ": " + report.summary());
        }
        messages.flush();
    }
}
