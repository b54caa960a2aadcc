package io.factdesk.db;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.factdesk.support.AtomicFiles;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.support.TerminalText;

@Component
public class DbCommands {

    private final ObjectProvider<MaintenanceRepository> maintenance;
    private final ObjectProvider<Database> database;
    private final FactdeskSettings settings;

    /** The database is opened when a command needs it: 'db check' reads a damaged file that would not open. */
    public DbCommands(ObjectProvider<MaintenanceRepository> maintenance, ObjectProvider<Database> database,
                      FactdeskSettings settings) {
        this.maintenance = maintenance;
        this.database = database;
        this.settings = settings;
    }

    @Command(name = "db check", group = "Database", description = "Check the database file's integrity",
            help = """
                    db check
                      Runs SQLite's integrity_check and foreign_key_check. Prints ok, or each problem (exit 1).
                      A damaged file is checked as it is: run on its own, db check skips the start-up ingest.
                    Example: db check""")
    public void check(CommandContext ctx) {
        Path file = settings.db().toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            database.getObject(); // a new file is created and migrated, as by any other command
        }
        List<String> problems = Database.check(file);
        String shown = TerminalText.safe(file.toString());
        if (problems.isEmpty()) {
            ctx.outputWriter().println("ok: " + shown + " passes integrity_check and foreign_key_check");
            return;
        }
        problems.forEach(p -> ctx.outputWriter().println(TerminalText.safe(p)));
        throw new FactdeskException(ExitCode.FAILURE, problems.size() + (problems.size() == 1 ? " problem in " : " problems in ")
                + shown);
    }

    @Command(name = "db backup", group = "Database", description = "Copy the database consistently while others write",
            help = """
                    db backup FILE
                      A consistent copy made with SQLite's online backup API; other factdesk processes may keep
                      writing. The copy appears whole under FILE or not at all; an existing FILE is refused.
                    Example: db backup backups/factdesk-2025-02-12.db""")
    public void backup(CommandContext ctx, @Argument(index = 0, description = "backup file") String file) {
        if (file == null || file.isBlank()) {
            throw FactdeskException.badInput("db backup needs a FILE");
        }
        Path target = Path.of(file).toAbsolutePath();
        if (Files.exists(target)) {
            throw FactdeskException.conflict(TerminalText.safe(file) + " already exists; choose a new file");
        }
        // SQLite's backup writes its own file, so the empty temporary file is removed first.
        AtomicFiles.write(target, false, tmp -> {
            Files.delete(tmp);
            maintenance.getObject().backupTo(tmp);
        });
        ctx.outputWriter().println("backed up " + database.getObject().file() + " to " + target);
    }

    @Command(name = "db stats", group = "Database", description = "Sizes and counts",
            help = """
                    db stats
                      The file's size, pages and free pages, and how many seeds, claims, verdict entries and imports it holds.
                    Example: db stats""")
    public void stats(CommandContext ctx) {
        MaintenanceRepository.Stats s = maintenance.getObject().stats();
        PrintWriter out = ctx.outputWriter();
        out.println("file:            " + database.getObject().file());
        out.printf("size:            %.1f MiB (%d pages of %d bytes, %d free)%n", s.pageCount() * s.pageSize() / 1048576.0,
                s.pageCount(), s.pageSize(), s.freePages());
        out.println("seeds:           " + s.seeds());
        out.println("claims:          " + s.claims() + " (" + s.stale() + " stale)");
        out.println("verdict entries: " + s.verdictEntries());
        out.println("import batches:  " + s.importBatches());
    }
}
