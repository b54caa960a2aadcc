package io.factdesk.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time factdesk writes into the database, as ISO-8601 UTC with milliseconds. */
@FunctionalInterface
public interface Clock {

    Instant now();

    /** Now, to the millisecond: what factdesk writes into the database. */
    default Instant nowMillis() {
        return now().truncatedTo(ChronoUnit.MILLIS);
    }

    static Clock system() {
        return Instant::now;
    }
}
