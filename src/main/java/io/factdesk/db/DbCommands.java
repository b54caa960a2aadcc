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

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.support.TerminalText;

@Component
public class DbCommands {

    private final ObjectProvider<TableCountsRepository> counts;
    private final ObjectProvider<Database> database;
    private final FactdeskSettings settings;

    /** The database is opened when a command needs it: 'db check' reads a damaged file that would not open. */
    public DbCommands(ObjectProvider<TableCountsRepository> counts, ObjectProvider<Database> database,
                      FactdeskSettings settings) {
        this.counts = counts;
        this.database = database;
        this.settings = settings;
    }

    @Command(name = "db check", group = "Database", description = "Check the database's integrity",
            help = """
                    db check
                      SQLite: runs integrity_check and foreign_key_check on the file as it is (a damaged file is
                      checked without being opened as a workbench). PostgreSQL: checks that every constraint is
                      validated, that the append-only triggers are present and enabled, that every claim's count
                      of live verdicts agrees with the log, and (where the amcheck extension is installed) the
                      B-tree indexes. Prints ok, or each problem (exit 1).
                    Example: db check""")
    public void check(CommandContext ctx) {
        DatabaseLocation location = DatabaseLocation.parse(settings.db());
        List<String> problems = Database.check(location);
        if (problems.isEmpty()) {
            String checks = location instanceof DatabaseLocation.SqliteFile ? "integrity_check and foreign_key_check"
                    : "the constraint, trigger and live-verdict checks";
            ctx.outputWriter().println("ok: " + location.shown() + " passes " + checks);
            return;
        }
        problems.forEach(p -> ctx.outputWriter().println(TerminalText.safe(p)));
        throw new FactdeskException(ExitCode.FAILURE, problems.size() + (problems.size() == 1 ? " problem in " : " problems in ")
                + location.shown());
    }

    @Command(name = "db backup", group = "Database", description = "Copy the database consistently while others write",
            help = """
                    db backup FILE
                      SQLite: a consistent copy made with SQLite's online backup API; other factdesk processes may
                      keep writing. The copy appears whole under FILE or not at all; an existing FILE is refused.
                      PostgreSQL: prints the pg_dump command that makes the backup (exit 2).
                    Example: db backup backups/factdesk-2025-02-12.db""")
    public void backup(CommandContext ctx, @Argument(index = 0, description = "backup file") String file) {
        if (file == null || file.isBlank()) {
            throw FactdeskException.badInput("db backup needs a FILE");
        }
        Path target = Path.of(file).toAbsolutePath();
        Maintenance maintenance = database.getObject().maintenance();
        if (Files.exists(target)) {
            throw FactdeskException.conflict(TerminalText.safe(file) + " already exists; choose a new file");
        }
        maintenance.backupTo(target);
        ctx.outputWriter().println("backed up " + database.getObject().location().shown() + " to "
                + TerminalText.safe(target.toString()));
    }

    @Command(name = "db stats", group = "Database", description = "Sizes and counts",
            help = """
                    db stats
                      Where the database is, its size, and how many seeds, claims, verdict entries, imports and
                      library fact-checks it holds.
                    Example: db stats""")
    public void stats(CommandContext ctx) {
        Database db = database.getObject();
        TableCountsRepository.Counts s = counts.getObject().counts();
        PrintWriter out = ctx.outputWriter();
        out.println("database:        " + db.location().shown());
        out.println("size:            " + db.maintenance().size());
        out.println("seeds:           " + s.seeds());
        out.println("claims:          " + s.claims() + " (" + s.stale() + " stale)");
        out.println("verdict entries: " + s.verdictEntries());
        out.println("import batches:  " + s.importBatches());
        out.println("fact-checks:     " + s.factChecks() + " (library)");
    }
}
