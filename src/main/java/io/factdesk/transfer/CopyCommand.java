package io.factdesk.transfer;

import java.io.PrintWriter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.db.DatabaseLocation;
import io.factdesk.support.FactdeskException;

@Component
public class CopyCommand {

    private final WorkbenchCopy copy;

    public CopyCommand(WorkbenchCopy copy) {
        this.copy = copy;
    }

    @Command(name = "db copy", group = "Database", description = "Copy the whole workbench into or out of another database",
            help = """
                    db copy --to URL_OR_PATH | --from URL_OR_PATH
                      Copies the whole workbench between an SQLite file and a PostgreSQL database, either way: seeds,
                      claims, the verdict log with its ids and links, imports and near-duplicate groups. --to copies
                      the current database (FACTDESK_DB) into another one; --from copies another one into the current
                      database. The database written to must be empty (an existing one with data is refused, exit 3);
                      a new SQLite file or an empty PostgreSQL database is set up first. All or nothing: after any
                      failure the target holds nothing. The start-up ingest is skipped, so what is copied is what
                      the database holds. Prints the rows per table and one SHA-256 of the content, which both
                      databases gave alike (if they do not, nothing is kept and the exit code is 1).
                    Example: db copy --to postgresql://lan@db.example.org:5432/factdesk""")
    public void copy(CommandContext ctx,
                     @Option(longName = "to", description = "database to copy into: a file path or a postgresql:// URL") String to,
                     @Option(longName = "from", description = "database to copy from: a file path or a postgresql:// URL") String from) {
        if ((to == null) == (from == null)) {
            throw FactdeskException.badInput("db copy needs exactly one of --to URL_OR_PATH and --from URL_OR_PATH");
        }
        WorkbenchCopy.Report report = to != null ? copy.copyTo(DatabaseLocation.parse(to, "db copy --to"))
                : copy.copyFrom(DatabaseLocation.parse(from, "db copy --from"));
        PrintWriter out = ctx.outputWriter();
        report.counts().forEach((table, rows) -> out.println(table.tableName() + ": " + rows));
        out.println("checksum: " + report.checksum());
        out.println("copied the workbench from " + report.from() + " to " + report.to());
    }
}
