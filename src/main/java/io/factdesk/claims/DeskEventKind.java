package io.factdesk.claims;

/** The entries of the desk's append-only log about claims: assignments and blind-mode reveals. */
public enum DeskEventKind {
    /** A reviewer was given a claim to review. */
    ASSIGN,
    /** An assignment was taken back. */
    UNASSIGN,
    /** Someone asked to see the other reviewers' verdicts on a claim in blind mode. */
    UNBLIND
}
