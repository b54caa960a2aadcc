package io.factdesk.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimRepository;
import io.factdesk.db.DatabaseError;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.StopRequest;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.KnownReviewers;
import io.factdesk.verdicts.OsUser;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;
import io.factdesk.verdicts.VerdictRepository;

/**
 * Imports a verdict file all or nothing, in one streaming pass inside one transaction: every row
 * is validated with the same rules as the verdict command, and written (in batches) while the
 * file is clean so far. After the first bad row nothing more is written but every row is still
 * checked, so that all problems are reported; then the transaction is rolled back and the
 * database is as it was. A dry run validates the same way and never opens a transaction.
 * Rows already in the log (same claim, reviewer, rating, evidence, note and, if given, time)
 * are counted and skipped; the same row twice in one file is a problem.
 */
@Service
public class ImportService {

    static final int MAX_PROBLEMS_SHOWN = 50;
    public static final String STDIN = "<stdin>";
    private static final int WRITE_BATCH = 5_000;
    /** Files at least this large get a progress bar on a terminal. */
    private static final long PROGRESS_FROM_BYTES = 4L << 20;

    private final ClaimRepository claims;
    private final VerdictRepository verdicts;
    private final ImportBatchRepository batches;
    private final ImportedVerdictRepository imported;
    private final Transactions transactions;
    private final Clock clock;
    private final KnownReviewers known;
    private final StopRequest stop;

    /** For work that no Ctrl-C can stop (tests, scripts). */
    public ImportService(ClaimRepository claims, VerdictRepository verdicts, ImportBatchRepository batches,
                         ImportedVerdictRepository imported, Transactions transactions, Clock clock,
                         KnownReviewers known) {
        this(claims, verdicts, batches, imported, transactions, clock, known, new StopRequest());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ImportService(ClaimRepository claims, VerdictRepository verdicts, ImportBatchRepository batches,
                         ImportedVerdictRepository imported, Transactions transactions, Clock clock,
                         KnownReviewers known, StopRequest stop) {
        this.stop = stop;
        this.claims = claims;
        this.verdicts = verdicts;
        this.batches = batches;
        this.imported = imported;
        this.transactions = transactions;
        this.clock = clock;
        this.known = known;
    }

    /**
     * What to import and how. {@code file} is null for standard input; {@code name} is how the file is
     * named in messages (made safe for the terminal here) and {@code file}'s own name is kept in the batch record.
     */
    public record Request(Path file, String name, ImportFormat format, boolean dryRun, boolean ignoreUnknownColumns,
                          ReviewerName defaultReviewer, boolean showProgress) {
    }

    /**
     * The file is read once; its hash, known only at the end, is checked against earlier batches inside
     * the write transaction, as every row is checked against the log, so that two imports at the same
     * moment come out as they would one after the other (SQLite's write lock is taken when the
     * transaction begins). Unique indexes on the batch hash and on the imported row back both checks.
     */
    public ImportReport importFile(Request request) {
        String name = TerminalText.safe(request.name());
        try (ImportInput input = ImportInput.open(request.file(), name)) {
            VerdictFileReader reader = VerdictFileReader.of(request.format(), input, name, request.ignoreUnknownColumns());
            if (request.dryRun()) {
                ImportPass pass = new ImportPass(name, validator(request, () -> { }), keysInLog(), verdicts::containsKey, null);
                reader.read(pass::accept);
                return batches.findByHash(input.sha256Hex())
                        .map(batch -> alreadyImported(name, true, batch)).orElseGet(() -> pass.report(true));
            }
            return write(request, name, reader, input);
        }
    }

    /** The roster is read once for the whole file, as the file is all or nothing; {@code beforeRead} runs before each read of the claims. */
    private RowValidator validator(Request request, Runnable beforeRead) {
        return new RowValidator(ClaimLookup.of(claims, beforeRead), request.defaultReviewer(), clock.now(), known.current());
    }

    private ImportReport write(Request request, String name, VerdictFileReader reader, ImportInput input) {
        String[] hash = new String[1];
        try {
            ImportReport report = transactions.bulkWrite(() -> {
                RowKeys inLog = keysInLog();
                BatchWriter writer = new BatchWriter(request);
                try {
                    // the rows being written hold the connection: a read of the log or of the claims ends their run first
                    ImportPass pass = new ImportPass(name, validator(request, writer::flush), inLog, (key, at) -> {
                        writer.flush();
                        return verdicts.containsKey(key, at);
                    }, writer);
                    try (ImportProgress progress = ImportProgress.start("importing", request.showProgress()
                            && size(request.file()) >= PROGRESS_FROM_BYTES)) {
                        reader.read(row -> {
                            stop.check("import");   // one transaction: nothing of the file is kept
                            progress.step();
                            pass.accept(row);
                        });
                    }
                    writer.flush();
                    hash[0] = input.sha256Hex();
                    var previous = batches.findByHash(hash[0]);
                    if (previous.isPresent()) {
                        throw new Rejected(alreadyImported(name, false, previous.get()));
                    }
                    if (!pass.clean()) {
                        throw new Rejected(pass.report(false));
                    }
                    writer.finish(pass.rows(), hash[0]);
                    return pass.report(false);
                } finally {
                    writer.abandon();   // after a failure or a stop: the connection is free for the rollback
                }
            });
            transactions.afterBulkWrite(report.written());
            return report;
        } catch (Rejected rejected) {
            return rejected.report;   // rolled back: nothing of this file is in the database
        } catch (DataAccessException e) {
            // Not reached while imports run one after the other (Transactions.bulkWrite); should another
            // writer get past the checks above, the unique indexes on the batch hash and on the imported
            // row refuse it, and that still ends as a sequential import would.
            if (transactions.errorOf(e) == DatabaseError.RULE_REFUSED) {
                throw FactdeskException.conflict(name + ": an editor published one of these claims while the file was"
                        + " being imported; nothing written; import it again to see which rows to drop");
            }
            if (transactions.errorOf(e) != DatabaseError.UNIQUE_VIOLATION) {
                throw e;
            }
            var batch = hash[0] == null ? java.util.Optional.<Long>empty() : batches.findByHash(hash[0]);
            if (batch.isPresent()) {
                return alreadyImported(name, false, batch.get());
            }
            throw FactdeskException.conflict(name + ": another import stored some of these verdicts at the same"
                    + " moment; nothing written; import the file again to skip them");
        }
    }

    private static ImportReport alreadyImported(String name, boolean dryRun, long batch) {
        return new ImportReport(name, 0, 0, 0, 0, List.of(), 0, dryRun, batch);
    }

    /** 64-bit hashes of the log's keys, so that most rows are answered without a query. */
    private RowKeys keysInLog() {
        RowKeys inLog = new RowKeys();
        verdicts.forEachKeyHash(h -> inLog.putIfAbsent(h, 1));
        return inLog;
    }

    /** Carries the report of a file with bad rows out of the transaction, which it rolls back. */
    private static final class Rejected extends RuntimeException {
        private final transient ImportReport report;

        Rejected(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /**
     * Writes a clean file's verdicts under one batch record, each as it comes (PostgreSQL's server writes them
     * while the next rows are read and checked), in runs of at most {@link #WRITE_BATCH} rows, after each of
     * which their evidence follows.
     */
    private final class BatchWriter implements ImportPass.Sink {
        private final java.time.Instant now = clock.nowMillis();
        private final String os = OsUser.name();
        private final long batchId;
        private final ImportedVerdictRepository.Run run;
        private int inRun;

        BatchWriter(Request request) {
            String batchName = request.file() == null || request.file().getFileName() == null ? STDIN
                    : request.file().getFileName().toString();
            batchId = batches.insertPending(batchName, os, now);
            run = imported.start(batchId, os, now);
        }

        @Override
        public void write(VerdictInput verdict, String key, String importKey, int line) {
            run.add(new ImportedVerdictRepository.NewVerdict(verdict, key, importKey, line));
            if (++inRun == WRITE_BATCH) {
                flush();
            }
        }

        void finish(int rows, String hash) {
            flush();
            verdicts.countLiveVerdictsOfBatch(batchId);
            batches.complete(batchId, hash, rows);
        }

        /** Ends the current run: its verdicts and their evidence are in the database, and the connection is free. */
        void flush() {
            if (inRun > 0) {
                run.close();
                inRun = 0;
            }
        }

        void abandon() {
            run.abandon();
        }
    }

    private static long size(Path file) {
        try {
            return file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
