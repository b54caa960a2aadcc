package io.factdesk.reporting;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.TerminalText;

@Component
public class ExportCommand {

    private final ReportService service;

    public ExportCommand(ReportService service) {
        this.service = service;
    }

    @Command(name = "export", group = "Import and export", description = "Write the verification report",
            help = """
                    export --format markdown|json --out FILE
                      The report: a summary by verdict, then every reviewed claim with its seed, verdicts,
                      evidence, notes, reviewers, times and history. --out - writes to standard output.
                      The file is written whole or not at all.
                    Example: export --format markdown --out report.md""")
    public void export(CommandContext ctx,
                       @Option(longName = "format", description = "markdown or json") String format,
                       @Option(longName = "out", description = "output file, or - for standard output") String out) {
        String fmt = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("markdown") && !fmt.equals("json")) {
            throw FactdeskException.badInput("export needs --format markdown or --format json");
        }
        if (out == null || out.isBlank()) {
            throw FactdeskException.badInput("export needs --out FILE (or --out - for standard output)");
        }
        Report report = service.build();
        if (out.equals("-")) {
            write(report, fmt, ctx.outputWriter());
            return;
        }
        Path target = Path.of(out).toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), ".factdesk-export-", ".tmp");
            try (PrintWriter w = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                write(report, fmt, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw FactdeskException.failure("cannot write " + TerminalText.safe(out) + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
        ctx.outputWriter().println("wrote " + fmt + " report of " + report.claims().size() + " reviewed claims to "
                + TerminalText.safe(out));
    }

    private static void write(Report report, String format, PrintWriter w) {
        if (format.equals("json")) {
            w.println(Json.write(report));
        } else {
            new MarkdownReportRenderer().render(report, w);
        }
        w.flush();
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the temporary file is already gone or will be cleaned with the folder
            }
        }
    }
}
