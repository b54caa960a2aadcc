package io.factdesk.transfer;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.factdesk.db.Database;
import io.factdesk.db.DatabaseLocation;
import io.factdesk.db.Transactions;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.StopRequest;
import io.factdesk.support.TerminalText;

/**
 * Copies a whole workbench between databases of either engine: seeds, claims, the verdict log with its
 * ids and links, imports and near-duplicate groups. The source is read as one snapshot and the target is
 * written in one transaction, so the target ends up with all of it or, after any failure, with nothing.
 * Both sides are then summed the same way ({@link ContentChecksum}); the copy is kept only when the sums
 * agree.
 */
@Service
public class WorkbenchCopy {

    /** What was copied where: rows per table, in the order of {@link WorkbenchTable}, and the checksum both sides share. */
    public record Report(String from, String to, Map<WorkbenchTable, Long> counts, String checksum) {
    }

    private final Database current;
    private final StopRequest stop;

    public WorkbenchCopy(Database current, StopRequest stop) {
        this.current = current;
        this.stop = stop;
    }

    /**
     * Copies the current workbench (FACTDESK_DB) into the empty database at {@code target}. A new SQLite file that
     * the copy made is removed again when the copy fails, and when the process is stopped before the copy ends
     * (Ctrl-C, a TERM signal): a file that is there is a finished copy.
     */
    public Report copyTo(DatabaseLocation target) {
        refuseCurrent(target, "--to");
        if (target instanceof DatabaseLocation.SqliteFile file && !Files.isDirectory(file.file().getParent())) {
            // a typo in a path, more often than not: the copy makes a file, not folders that would stay behind
            throw FactdeskException.badInput("db copy --to: the folder " + TerminalText.safe(String.valueOf(
                    file.file().getParent())) + " does not exist; make it first, or name a file in a folder that does");
        }
        java.nio.file.Path newFile = target instanceof DatabaseLocation.SqliteFile file && !Files.exists(file.file())
                ? file.file() : null;
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Thread removeUnfinished = newFile == null ? null : new Thread(() -> {
            if (!finished.get()) {
                removeQuietly(newFile);
            }
        }, "db-copy-unfinished");
        if (removeUnfinished != null) {
            Runtime.getRuntime().addShutdownHook(removeUnfinished);
        }
        try {
            try (Database other = Database.open(target)) {
                Report report = copy(current, other, stop);
                finished.set(true);
                return report;
            }
        } finally {
            if (removeUnfinished != null && !finished.get()) {
                // a file the copy made and could not fill: nothing of it stays, the empty schema included
                removeQuietly(newFile);
            }
            if (removeUnfinished != null) {
                removeShutdownHook(removeUnfinished);
            }
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs, or ran, because the process is stopping; the copy did not get to finish
        }
    }

    private static void removeQuietly(java.nio.file.Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (java.io.IOException ignored) {
                // left behind: the error that made the copy fail is the one to report
            }
        }
    }

    /** Copies the workbench at {@code source} into the current database (FACTDESK_DB), which must be empty. */
    public Report copyFrom(DatabaseLocation source) {
        refuseCurrent(source, "--from");
        if (source instanceof DatabaseLocation.SqliteFile file && !Files.isRegularFile(file.file())) {
            // opening it would create an empty workbench there and copy nothing
            throw FactdeskException.notFound("db copy --from: " + source.shown() + " does not exist");
        }
        try (Database other = Database.open(source)) {
            return copy(other, current, stop);
        }
    }

    private void refuseCurrent(DatabaseLocation other, String option) {
        if (other.shown().equals(current.location().shown())) {
            throw FactdeskException.badInput("db copy " + option + " names the current database (FACTDESK_DB), "
                    + other.shown() + "; name another one");
        }
    }

    static Report copy(Database source, Database target, StopRequest stop) {
        try {
            return new Transactions(source).once(() -> {
                source.readOneSnapshot();
                return new Transactions(target).once(() -> copyInside(source, target, stop));
            });
        } catch (org.jooq.exception.DataAccessException e) {
            // a row the target refused (a broken link in the source, say): the target's transaction rolled back
            throw FactdeskException.failure("cannot copy the workbench from " + source.location().shown() + " into "
                    + target.location().shown() + ": " + reason(e) + "; nothing was written", e);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof java.sql.SQLException)) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        return TerminalText.safe(message.lines().findFirst().orElse(message));
    }

    private static Report copyInside(Database source, Database target, StopRequest stop) {
        WorkbenchRowsRepository from = new WorkbenchRowsRepository(source);
        WorkbenchRowsRepository to = new WorkbenchRowsRepository(target);
        if (!to.isEmpty()) {
            throw FactdeskException.conflict("the database " + target.location().shown()
                    + " already holds a workbench; db copy writes only into an empty one");
        }
        ContentChecksum read = new ContentChecksum();
        for (WorkbenchTable table : WorkbenchTable.values()) {
            for (List<Object[]> page = from.rowsAfter(table, null); !page.isEmpty();
                 page = from.rowsAfter(table, page.get(page.size() - 1))) {
                stop.check("db copy");   // inside the target's transaction: its rollback keeps nothing
                page.forEach(row -> read.addRow(table, row));
                to.insert(table, page);
            }
        }
        restoreClaimCounts(from, to);
        ContentChecksum written = sum(to);
        String sourceSum = read.hex();
        String targetSum = written.hex();
        if (!sourceSum.equals(targetSum) || !read.counts().equals(written.counts())) {
            // thrown inside the target's transaction, so nothing of the copy stays
            throw FactdeskException.failure("the copy in " + target.location().shown() + " does not match "
                    + source.location().shown() + " (" + difference(read, written, sourceSum, targetSum)
                    + "); nothing was written", null);
        }
        target.afterCopy();
        return new Report(source.location().shown(), target.location().shown(), read.counts(), sourceSum);
    }

    private static String difference(ContentChecksum read, ContentChecksum written, String sourceSum, String targetSum) {
        for (WorkbenchTable table : WorkbenchTable.values()) {
            long there = written.counts().get(table);
            long here = read.counts().get(table);
            if (there != here) {
                return table.tableName() + ": " + there + " rows there, " + here + " in the source";
            }
        }
        return "checksum " + targetSum + " there, " + sourceSum + " in the source";
    }

    /**
     * Puts each claim's count of live verdicts, and its status, back to the source's: the target's triggers
     * counted the verdicts recorded one at a time as the log was written, but not those an import wrote.
     * Only claims whose numbers differ are written.
     */
    private static void restoreClaimCounts(WorkbenchRowsRepository from, WorkbenchRowsRepository to) {
        long after = Long.MIN_VALUE;
        for (var page = from.claimCountsAfter(after); !page.isEmpty(); page = from.claimCountsAfter(after)) {
            Set<WorkbenchRowsRepository.ClaimCounts> written = new HashSet<>(to.claimCountsAfter(after));
            to.setClaimCounts(page.stream().filter(c -> !written.contains(c)).toList());
            after = page.get(page.size() - 1).id();
        }
    }

    /** Reads a workbench back, as the copy read its source. */
    static ContentChecksum sum(WorkbenchRowsRepository rows) {
        ContentChecksum sum = new ContentChecksum();
        for (WorkbenchTable table : WorkbenchTable.values()) {
            for (List<Object[]> page = rows.rowsAfter(table, null); !page.isEmpty();
                 page = rows.rowsAfter(table, page.get(page.size() - 1))) {
                page.forEach(row -> sum.addRow(table, row));
            }
        }
        return sum;
    }
}
