package io.factdesk.team;

/** The entries of the desk's append-only log. */
public enum DeskEventKind {
    /** A reviewer was given a claim to review. */
    ASSIGN,
    /** An assignment was taken back. */
    UNASSIGN,
    /** Someone asked to see the other reviewers' verdicts on a claim in blind mode. */
    UNBLIND
}
