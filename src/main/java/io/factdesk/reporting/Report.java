package io.factdesk.reporting;

import java.util.List;
import java.util.Map;

import io.factdesk.verdicts.VerdictJson;

/**
 * The verification report's model; the JSON export writes it as it is (README, "Report JSON").
 *
 * @param version the shape's version; bumped when a field changes meaning or goes away
 */
public record Report(int version, String generatedAt, String database, List<String> reviewers, Summary summary,
                     List<Entry> claims) {

    public static final int VERSION = 1;

    /** Counts over the whole corpus; byVerdict counts each reviewed claim once, by its latest verdict. */
    public record Summary(int claims, int reviewed, int pending, int held, int stale, int disputed,
                          Map<String, Integer> byVerdict) {
    }

    /** One reviewed claim with every reviewer's current verdict and the full log. */
    public record Entry(long id, String seed, String seedTitle, String sourceUrl, String text, String contextBefore,
                        String contextAfter, String claimant, String verdict, Integer ratingValue, boolean disputed,
                        List<VerdictJson> verdicts, List<VerdictJson> history) {
    }
}
