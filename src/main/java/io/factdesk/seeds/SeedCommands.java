package io.factdesk.seeds;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskSettings;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;
import io.factdesk.support.TerminalText;

@Component
public class SeedCommands {

    private final SeedRepository seeds;
    private final SeedIngestService ingestService;
    private final FactdeskSettings settings;

    public SeedCommands(SeedRepository seeds, SeedIngestService ingestService, FactdeskSettings settings) {
        this.seeds = seeds;
        this.ingestService = ingestService;
        this.settings = settings;
    }

    @Command(name = "seeds list", group = "Seeds", description = "List ingested articles with their metadata",
            help = """
                    seeds list [--format text|json]
                      One line per seed: claims in the queue / all claims, language, date, title, source; a seed whose
                      file was removed from the folder says so (its claims are stale, its verdicts kept).
                    Example: seeds list --format json""")
    public void list(CommandContext ctx, @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        List<Seed> all = seeds.list();
        PrintWriter out = ctx.outputWriter();
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(all.stream().map(SeedJson::of).toList()));
            return;
        }
        if (all.isEmpty()) {
            out.println("no seeds ingested from " + settings.seeds());
            return;
        }
        for (Seed s : all) {
            SeedMetadata m = s.metadata();
            out.printf("%-28s %3d/%-3d claims  %-3s %-10s %s%n", TerminalText.safe(s.name()), s.queueCount(),
                    s.claimCount(), m.language(), m.publishedOn() == null ? "-" : m.publishedOn(),
                    TerminalText.safe(m.title()));
            if (m.byline() != null) {
                out.println("      by " + TerminalText.safe(m.byline()));
            }
            if (m.sourceUrl() != null) {
                out.println("      source " + TerminalText.safe(m.sourceUrl()));
            }
            if (s.removedAt() != null) {
                out.println("      removed from the seeds folder " + s.removedAt() + "; its claims are stale");
            }
        }
    }

    @Command(name = "seeds ingest", group = "Seeds", description = "Read the seeds folder into the database again",
            help = """
                    seeds ingest
                      Adds new articles, keeps every claim whose sentence is unchanged (with its verdicts),
                      adds new sentences and marks vanished ones stale. Unchanged files are skipped. A file
                      removed from the folder has all its claims marked stale (verdicts kept); put it back
                      and its claims return. Unlike the ingest on start, this also takes an empty folder at
                      its word: every seed is then marked removed.
                      Also runs on every start. The folder is FACTDESK_SEEDS (default: seeds).
                    Example: seeds ingest""")
    public void ingest(CommandContext ctx) {
        IngestReport report = ingestService.ingest(settings.seeds());
        report.warnings().forEach(w -> System.err.println("warning: " + TerminalText.safe(w)));
        report.events().forEach(e -> ctx.outputWriter().println(TerminalText.safe(e)));
        ctx.outputWriter().println(report.summary());
    }
}
