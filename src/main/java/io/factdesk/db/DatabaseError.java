package io.factdesk.db;

/** What went wrong in the database, as far as factdesk acts on it; each engine classifies its own codes. */
public enum DatabaseError {
    /** Another writer holds a lock, or the engine gave up on a conflict (deadlock, serialisation): worth trying again. */
    BUSY,
    /** A unique key or index refused a second row. */
    UNIQUE_VIOLATION,
    /** A rule of the logs refused the write: an UPDATE or DELETE of an entry, a verdict on a published claim. */
    RULE_REFUSED,
    /** The database refused the statement for this user's role (PostgreSQL's grants, or a rule of its triggers). */
    NOT_PERMITTED,
    /** The server ended the connection, or it broke: the statement did not run, or its outcome is unknown. */
    CONNECTION_LOST,
    /** Anything else. */
    OTHER
}
