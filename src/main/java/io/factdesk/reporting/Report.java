package io.factdesk.reporting;

import java.util.List;
import java.util.Map;

import io.factdesk.agreement.AgreementFigures;
import io.factdesk.verdicts.VerdictJson;

/**
 * The verification report's model; the JSON export writes it as it is (schema in the
 * README, "Report JSON"). The claims are read from the database page by page each time
 * they are iterated, so a report of any size is written with flat memory. The agreement between
 * reviewers is computed over the report's seed and since filters only: the verdict and reviewer
 * filters pick claims by one verdict, which would leave agreement nothing to compare.
 *
 * @param version the shape's version; bumped when a field changes meaning or goes away
 */
public record Report(int version, String generatedAt, Corpus corpus, List<String> reviewers, Filters filters,
                     Summary summary, AgreementFigures agreement, Methodology methodology, Iterable<Entry> claims) {

    public static final int VERSION = 4;

    public record Corpus(String seedsFolder, String database, int seeds) {
    }

    /** The filters the export was made with; null where not used. */
    public record Filters(String seed, String verdict, String reviewer, String since, String status) {
    }

    /**
     * Counts over the whole corpus; byVerdict counts each reviewed claim in the report once, by
     * its verdict (disputed claims under DISPUTED).
     */
    public record Summary(int claims, int withVerdicts, int inQueue, int heldBack, int stale, int disputed,
                          int inReport, Map<String, Integer> byVerdict, List<SeedCount> bySeed, int reviewsRequired,
                          int reviewed, int needsReview, int awaitingDecision, int returned, int published) {
    }

    public record SeedCount(String seed, String title, int withVerdicts, int pending, int inReport) {
    }

    public record Methodology(double threshold, String selection, List<ScaleEntry> scale, String evidenceRule) {
    }

    public record ScaleEntry(String rating, String label, Integer ratingValue, String definition) {
    }

    /**
     * One claim with verdicts: its state under the team's policy, every reviewer's current verdict and, where
     * there is more than one entry, the log; the editor's sign-off once published. {@code verdict} is the
     * published rating once there is one, else the reviewers' (DISPUTED where they differ). {@code sources}
     * counts the distinct hosts of the current verdicts' evidence; {@code singleSource} says a rated verdict
     * rests on one host only. {@code reasons} say why it was picked: the rules' signals, with the rules'
     * {@code score}, and the learned model's line, with its {@code modelScore} (null where it was not asked).
     */
    public record Entry(long id, String fingerprint, String seed, String seedTitle, String sourceUrl, String publishedOn,
                        String text, String contextBefore, String contextAfter, String claimant, double score,
                        Double modelScore, List<String> reasons, String status,
                        String verdict, String verdictLabel, Integer ratingValue, boolean disputed, boolean singleSource,
                        int sources, String reviewedAt, List<VerdictJson> verdicts, List<VerdictJson> history,
                        Publication publication, List<Return> returns) {
    }

    /** An editor sent the claim back to a reviewer: when, by whom, to whom, the comment, and whether it is answered. */
    public record Return(String at, String by, String to, String comment, boolean answered) {
    }

    /**
     * How an editor published the claim: approved (the reviewers' agreed rating) or decided (an editorial
     * verdict on a dispute), by whom and when, with the note and the rating signed off; and each correction
     * since, oldest first. {@code rating} is the one in force, after any correction; {@code modifiedAt} when it last changed.
     */
    public record Publication(String how, String by, String osUser, String at, String note, String signedOffRating,
                              String rating, String ratingLabel, Integer ratingValue, String modifiedAt,
                              List<Correction> corrections) {
    }

    /** A public correction: when, by whom, the rating before and after, and the text readers see. */
    public record Correction(String at, String by, String from, String to, String text) {
    }
}
