package io.factdesk.importing;

import java.util.ArrayList;
import java.util.List;

import io.factdesk.verdicts.VerdictInput;
import io.factdesk.verdicts.VerdictKey;

/**
 * One pass over an import file's rows: validates each, spots the same verdict twice in the
 * file and verdicts already in the log, collects every problem (the first 50 as text), and hands
 * valid new verdicts to the sink only while the file has been clean so far.
 */
final class ImportPass {

    /** Where valid new verdicts go; null for a dry run. */
    interface Sink {
        void write(VerdictInput verdict, String key, String importKey, int line);
    }

    /** Whether the log already holds a verdict with this key (and decision time, when not null). */
    interface Log {
        boolean contains(String key, java.time.Instant reviewedAt);
    }

    private final String fileName;
    private final RowValidator validator;
    private final RowKeys inLog;
    private final Log log;
    private final Sink sink;
    private final RowKeys inFile = new RowKeys();
    private final List<String> problems = new ArrayList<>();
    private int rows;
    private int rejected;
    private int present;
    private int written;

    /** @param inLog 64-bit hashes of the log's keys: most rows are answered without a query */
    ImportPass(String fileName, RowValidator validator, RowKeys inLog, Log log, Sink sink) {
        this.fileName = fileName;
        this.validator = validator;
        this.inLog = inLog;
        this.log = log;
        this.sink = sink;
    }

    void accept(RawRow row) {
        rows++;
        RowValidator.Result result = validator.validate(row);
        List<String> rowProblems = result.problems();
        if (result.verdict() != null) {
            VerdictInput verdict = result.verdict();
            String key = VerdictKey.of(verdict);
            long shortHash = VerdictKey.shortHash(key) ^ (result.timeGiven() ? verdict.reviewedAt().hashCode() : 0);
            int earlier = inFile.putIfAbsent(shortHash, row.line());
            if (earlier != 0) {
                rowProblems = List.of("row: the same verdict as line " + earlier);
            } else if (inLog.contains(VerdictKey.shortHash(key))
                    && log.contains(key, result.timeGiven() ? verdict.reviewedAt() : null)) {
                present++;
                return;
            } else {
                if (rejected == 0 && sink != null) {
                    sink.write(verdict, key, importKey(key, result.timeGiven() ? verdict.reviewedAt().toString() : null),
                            row.line());
                }
                written++;   // or would be, in a dry run or a file that turns out to be rejected
                return;
            }
        }
        rejected++;
        for (String problem : rowProblems) {
            if (problems.size() < ImportService.MAX_PROBLEMS_SHOWN) {
                problems.add(fileName + ":" + row.line() + ": " + problem);
            }
        }
    }

    /**
     * Which verdict an imported row is, for the database's unique index (V7): its content key, and its
     * decision time when the row gives one. A row without a time is the same verdict as any entry with
     * its content key, so its key alone stands for it.
     */
    static String importKey(String key, String reviewedAt) {
        return reviewedAt == null ? key : key + "@" + reviewedAt;
    }

    boolean clean() {
        return rejected == 0;
    }

    int rows() {
        return rows;
    }

    ImportReport report(boolean dryRun) {
        return new ImportReport(fileName, rows, written, present, rejected, problems,
                Math.max(0, rejected - problems.size()), dryRun, null);
    }
}
