package io.factdesk.claimviews;

/**
 * An earlier check of the same claim in other words: another claim of the workbench with a verdict, or (with
 * {@code url}) an entry of the library of published fact-checks.
 *
 * @param claimId    the matched claim, or null for a library entry
 * @param url        the library entry's review URL, or null for a claim
 * @param similarity the cosine of the two sentences' vectors
 * @param rating     the rating in force: the published one, else the reviewers' (DISPUTED where they differ)
 * @param date       when it was published, else when its latest verdict was given (ISO-8601)
 * @param by         who signed it off, else its reviewers; for a library entry, its publisher
 * @param published  whether an editor signed it off (a library entry always was)
 * @param reuseAs    the rating a reviewer takes over by reusing it, or null where there is none to take: the
 *                   reviewers disagree, or a library entry's rating is neither one of ours nor a number
 * @param ratingName a library entry's own name for its rating (alternateName), or null
 */
public record AlreadyChecked(Long claimId, String url, double similarity, String rating, String date, String by,
                             String text, boolean published, io.factdesk.verdicts.Rating reuseAs, String ratingName) {

    public AlreadyChecked {
        if ((claimId == null) == (url == null)) {
            throw new IllegalArgumentException("a match is either a claim or a library entry");
        }
    }
}
