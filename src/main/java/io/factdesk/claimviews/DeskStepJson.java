package io.factdesk.claimviews;

/** The JSON shape of one desk-log entry in a claim's history (README, "JSON output"). */
public record DeskStepJson(long deskEntry, long claimId, String kind, String reviewer, String actor, String osUser,
                           String recordedAt, String note, String rating, String previousRating) {

    public static DeskStepJson of(DeskStep s) {
        return new DeskStepJson(s.id(), s.claimId(), s.kind().name(), s.reviewer(), s.actor(), s.osUser(),
                s.recordedAt().toString(), s.detail(), s.rating() == null ? null : s.rating().name(),
                s.previousRating() == null ? null : s.previousRating().name());
    }
}
