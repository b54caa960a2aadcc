package io.factdesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;


import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.OsUser;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;
import io.factdesk.verdicts.VerdictRepository;

/**
 * Imports a verdict file all or nothing: a first pass validates every row with the same
 * rules as the verdict command and collects every problem; only a clean file is read a
 * second time and written, in one transaction. The file is streamed both times.
 */
@Service
public class ImportService {

    static final int MAX_PROBLEMS_SHOWN = 50;

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

    public ImportReport importFile(Path file, boolean dryRun, ReviewerName defaultReviewer) {
        String hash = sha256(file);
        var previous = batches.findByHash(hash);
        if (previous.isPresent()) {
            return new ImportReport(file.toString(), 0, 0, 0, List.of(), 0, dryRun, previous.get());
        }
        VerdictCsvReader reader = new VerdictCsvReader(file);
        List<String> problems = new ArrayList<>();
        int[] counts = new int[2];
        reader.read(row -> {
            counts[0]++;
            List<String> rowProblems = new ArrayList<>();
            validate(row, defaultReviewer, rowProblems);
            if (!rowProblems.isEmpty()) {
                counts[1]++;
                rowProblems.forEach(p -> {
                    if (problems.size() < MAX_PROBLEMS_SHOWN) {
                        problems.add(file + ":" + row.line() + ": " + p);
                    }
                });
            }
        });
        int more = Math.max(0, counts[1] - problems.size());
        if (counts[1] > 0 || dryRun) {
            return new ImportReport(file.toString(), counts[0], 0, counts[1], problems, more, dryRun, null);
        }
        int written = transactions.inTransaction(() -> write(file, hash, counts[0], defaultReviewer, reader));
        return new ImportReport(file.toString(), counts[0], written, 0, List.of(), 0, false, null);
    }

    private int write(Path file, String hash, int rows, ReviewerName defaultReviewer, VerdictCsvReader reader) {
        String now = clock.nowText();
        String os = OsUser.name();
        int batchId = batches.insert(file.getFileName().toString(), hash, rows, os, now);
        int[] written = {0};
        reader.read(row -> {
            VerdictInput v = validate(row, defaultReviewer, new ArrayList<>());
            if (v == null) {
                throw FactdeskException.conflict(file + ":" + row.line() + ": changed while importing; nothing written");
            }
            Long supersedes = verdicts.latestLiveId(v.claimId().value(), v.reviewer().value()).orElse(null);
            verdicts.insertVerdict(v, os, now, supersedes, batchId, row.line());
            written[0]++;
        });
        return written[0];
    }

    /** Returns the row's verdict, or null after adding every problem found to {@code problems}. */
    private VerdictInput validate(VerdictCsvReader.Row row, ReviewerName defaultReviewer, List<String> problems) {
        var cells = row.cells();
        if (cells.containsKey("_columns")) {
            problems.add("row: has " + cells.get("_columns") + " columns");
            return null;
        }
        ClaimId claimId = field("claim_id", problems, () -> {
            ClaimId id = ClaimId.parse(cells.get("claim_id"));
            if (!claims.exists(id)) {
                throw FactdeskException.notFound("claim " + id + " not found");
            }
            return id;
        });
        Rating rating = field("rating", problems, () -> Rating.parse(cells.get("rating")));
        List<EvidenceUrl> evidence = field("evidence_url", problems, () -> urls(cells.get("evidence_url")));
        Note note = field("note", problems, () -> new Note(cells.get("note")));
        ReviewerName reviewer = field("reviewer", problems, () -> {
            String name = cells.getOrDefault("reviewer", "");
            if (name.isBlank() && defaultReviewer == null) {
                throw FactdeskException.badInput("empty, and no --reviewer given");
            }
            return name.isBlank() ? defaultReviewer : new ReviewerName(name);
        });
        if (!problems.isEmpty()) {
            return null;
        }
        return field("evidence_url", problems,
                () -> new VerdictInput(claimId, rating, evidence, note, reviewer, Instant.now()));
    }

    private static List<EvidenceUrl> urls(String cell) {
        List<EvidenceUrl> urls = new ArrayList<>();
        for (String part : cell.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                urls.add(new EvidenceUrl(part));
            }
        }
        return urls;
    }

    private static <T> T field(String name, List<String> problems, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (FactdeskException e) {
            problems.add(name + ": " + e.getMessage());
            return null;
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw FactdeskException.notFound("import file " + file + " not found");
        } catch (IOException e) {
            throw FactdeskException.badInput(file + ": cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
