package io.factdesk.support;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line per timed step on the message stream, "timing: NAME MILLIS ms", when
 * FACTDESK_TIMING=true: scripts/bench-latency reads these to measure latency inside the
 * process, without the JVM's start-up in the figure.
 */
public final class CommandTiming {

    private CommandTiming() {
    }

    public static void print(PrintWriter err, String name, long startedNanos) {
        err.println(String.format(Locale.ROOT, "timing: %s %.3f ms", name, (System.nanoTime() - startedNanos) / 1e6));
        err.flush();
    }
}
