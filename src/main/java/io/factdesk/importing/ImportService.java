package io.factdesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
import io.factdesk.verdicts.VerdictKey;
import io.factdesk.verdicts.VerdictRepository;

/**
 * Imports a verdict file all or nothing. A first pass validates every row with the same
 * rules as the verdict command and collects every problem; only a clean file is read a
 * second time and written, in one transaction, in batches. Both passes stream the file.
 * Rows already in the log (same claim, reviewer, rating, evidence, note and, if given, time)
 * are counted and skipped; the same row twice in one file is a problem.
 */
@Service
public class ImportService {

    static final int MAX_PROBLEMS_SHOWN = 50;
    public static final String STDIN = "<stdin>";
    private static final int WRITE_BATCH = 5_000;

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
        Instant importedAt = clock.now();
        RowValidator validator = new RowValidator(new ClaimLookup(claims), request.defaultReviewer(), importedAt);
        RowKeys inLog = new RowKeys();
        verdicts.forEachKeyHash(h -> inLog.putIfAbsent(h, 1));
        Check check = check(request, reader, validator, inLog);
        int more = Math.max(0, check.rejected - check.problems.size());
        if (check.rejected > 0 || request.dryRun()) {
            return new ImportReport(request.name(), check.rows, check.rows - check.present - check.rejected,
                    check.present, check.rejected, check.problems, more, request.dryRun(), null);
        }
        int written = transactions.inTransaction(() -> write(request, hash, check.rows, reader, validator, inLog));
        return new ImportReport(request.name(), check.rows, written, check.rows - written, 0, List.of(), 0, false, null);
    }

    private static final class Check {
        int rows;
        int rejected;
        int present;
        final List<String> problems = new ArrayList<>();
    }

    private Check check(Request request, VerdictFileReader reader, RowValidator validator, RowKeys inLog) {
        Check check = new Check();
        RowKeys inFile = new RowKeys();
        reader.read(row -> {
            check.rows++;
            RowValidator.Result result = validator.validate(row);
            List<String> rowProblems = new ArrayList<>(result.problems());
            if (result.verdict() != null) {
                String key = VerdictKey.of(result.verdict());
                long shortHash = VerdictKey.shortHash(key) ^ (result.timeGiven() ? result.verdict().reviewedAt().hashCode() : 0);
                int earlier = inFile.putIfAbsent(shortHash, row.line());
                if (earlier != 0) {
                    rowProblems.add("row: the same verdict as line " + earlier);
                } else if (alreadyInLog(result, key, inLog)) {
                    check.present++;
                }
            }
            if (!rowProblems.isEmpty()) {
                check.rejected++;
                rowProblems.forEach(p -> {
                    if (check.problems.size() < MAX_PROBLEMS_SHOWN) {
                        check.problems.add(request.name() + ":" + row.line() + ": " + p);
                    }
                });
            }
        });
        return check;
    }

    private boolean alreadyInLog(RowValidator.Result result, String key, RowKeys inLog) {
        return inLog.contains(VerdictKey.shortHash(key))
                && verdicts.containsKey(key, result.timeGiven() ? result.verdict().reviewedAt().toString() : null);
    }

    private int write(Request request, String hash, int rows, VerdictFileReader reader, RowValidator validator,
                      RowKeys inLog) {
        String now = clock.nowText();
        String os = OsUser.name();
        String batchName = STDIN.equals(request.name()) ? STDIN : request.file().getFileName().toString();
        int batchId = batches.insert(batchName, hash, rows, os, now);
        int[] nextId = {verdicts.nextId()};
        List<VerdictRepository.NewVerdict> pending = new ArrayList<>(WRITE_BATCH);
        int[] written = {0};
        try (ImportProgress progress = ImportProgress.start("importing", rows, request.showProgress())) {
            reader.read(row -> {
                progress.step();
                RowValidator.Result result = validator.validate(row);
                if (result.verdict() == null) {
                    throw FactdeskException.conflict(request.name() + ":" + row.line()
                            + ": changed while importing; nothing written");
                }
                String key = VerdictKey.of(result.verdict());
                if (alreadyInLog(result, key, inLog)) {
                    return;
                }
                pending.add(new VerdictRepository.NewVerdict(nextId[0]++, result.verdict(), key, batchId, row.line()));
                if (pending.size() == WRITE_BATCH) {
                    verdicts.insertBatch(pending, os, now);
                    written[0] += pending.size();
                    pending.clear();
                }
            });
        }
        verdicts.insertBatch(pending, os, now);
        return written[0] + pending.size();
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
