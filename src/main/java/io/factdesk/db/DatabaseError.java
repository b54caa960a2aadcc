package io.factdesk.db;

/** What went wrong in the database, as far as factdesk acts on it; each engine classifies its own codes. */
public enum DatabaseError {
    /** Another writer holds a lock, or the engine gave up on a conflict (deadlock, serialisation): worth trying again. */
    BUSY,
    /** A unique key or index refused a second row. */
    UNIQUE_VIOLATION,
    /** The append-only log refused an UPDATE or DELETE. */
    APPEND_ONLY,
    /** Anything else. */
    OTHER
}
