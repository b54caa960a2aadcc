package io.factdesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimRepository;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskException;
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
    private final Transactions transactions;
    private final Clock clock;

    public ImportService(ClaimRepository claims, VerdictRepository verdicts, ImportBatchRepository batches,
                         Transactions transactions, Clock clock) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.batches = batches;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What to import and how. {@code name} is how the file is named in messages and in the batch record. */
    public record Request(Path file, String name, ImportFormat format, boolean dryRun, boolean ignoreUnknownColumns,
                          ReviewerName defaultReviewer, boolean showProgress) {
    }

    public ImportReport importFile(Request request) {
        String hash = sha256(request.file(), request.name());
        var previous = batches.findByHash(hash);
        if (previous.isPresent()) {
            return new ImportReport(request.name(), 0, 0, 0, 0, List.of(), 0, request.dryRun(), previous.get());
        }
        VerdictFileReader reader = VerdictFileReader.of(request.format(), request.file(), request.name(),
                request.ignoreUnknownColumns());
        RowValidator validator = new RowValidator(ClaimLookup.of(claims), request.defaultReviewer(), clock.now());
        RowKeys inLog = new RowKeys();
        verdicts.forEachKeyHash(h -> inLog.putIfAbsent(h, 1));
        if (request.dryRun()) {
            ImportPass pass = new ImportPass(request.name(), validator, inLog, verdicts::containsKey, null);
            reader.read(pass::accept);
            return pass.report(true);
        }
        try {
            return transactions.inTransaction(() -> {
                BatchWriter writer = new BatchWriter(request, hash);
                try (ImportProgress progress = ImportProgress.start("importing", request.showProgress()
                        && size(request.file()) >= PROGRESS_FROM_BYTES)) {
                    ImportPass pass = new ImportPass(request.name(), validator, inLog, verdicts::containsKey, writer);
                    reader.read(row -> {
                        progress.step();
                        pass.accept(row);
                    });
                    if (!pass.clean()) {
                        throw new Rejected(pass.report(false));
                    }
                    writer.finish(pass.rows());
                    return pass.report(false);
                }
            });
        } catch (Rejected rejected) {
            return rejected.report;   // rolled back: nothing of this file is in the database
        }
    }

    /** Carries the report of a file with bad rows out of the transaction, which it rolls back. */
    private static final class Rejected extends RuntimeException {
        private final transient ImportReport report;

        Rejected(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /** Writes a clean file's verdicts in JDBC batches with explicit ids, under one batch record. */
    private final class BatchWriter implements ImportPass.Sink {
        private final String now = clock.nowText();
        private final String os = OsUser.name();
        private final int batchId;
        private final List<VerdictRepository.NewVerdict> pending = new ArrayList<>(WRITE_BATCH);
        private int nextId;

        BatchWriter(Request request, String hash) {
            String batchName = STDIN.equals(request.name()) ? STDIN : request.file().getFileName().toString();
            batchId = batches.insert(batchName, hash, 0, os, now);
            nextId = verdicts.nextId();
        }

        @Override
        public void write(VerdictInput verdict, String key, int line) {
            pending.add(new VerdictRepository.NewVerdict(nextId++, verdict, key, batchId, line));
            if (pending.size() == WRITE_BATCH) {
                flush();
            }
        }

        void finish(int rows) {
            flush();
            claims.countLiveVerdictsOfBatch(batchId);
            batches.setRowCount(batchId, rows);
        }

        private void flush() {
            verdicts.insertBatch(pending, os, now);
            pending.clear();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static String sha256(Path file, String name) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            throw FactdeskException.notFound("import file " + name + " not found");
        } catch (IOException e) {
            throw FactdeskException.badInput(name + ": cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
