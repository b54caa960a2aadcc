package io.factdesk.claims;

/**
 * The entries of the desk's append-only log about claims: assignments, blind-mode reveals, and the
 * editor's steps (returns, sign-off, decisions, corrections).
 */
public enum DeskEventKind {
    /** A reviewer was given a claim to review. */
    ASSIGN,
    /** An assignment was taken back. */
    UNASSIGN,
    /** Someone asked to see the other reviewers' verdicts on a claim in blind mode. */
    UNBLIND,
    /** An editor sent the claim back to a reviewer with a comment; their next verdict answers it. */
    RETURN,
    /** An editor signed off the reviewers' agreed rating: the claim is published. */
    APPROVE,
    /** An editor settled a dispute with a rating of their own and a note: the claim is published. */
    DECIDE,
    /** An editor changed a published claim's rating in the open, with a public correction text. */
    CORRECT;

    /** Whether this entry publishes the claim. */
    public boolean signsOff() {
        return this == APPROVE || this == DECIDE;
    }
}
