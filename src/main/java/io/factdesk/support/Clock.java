package io.factdesk.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time factdesk writes into the database, as ISO-8601 UTC with milliseconds. */
@FunctionalInterface
public interface Clock {

    Instant now();

    default String nowText() {
        return now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static Clock system() {
        return Instant::now;
    }
}
