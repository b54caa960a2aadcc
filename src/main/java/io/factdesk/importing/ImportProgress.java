package io.factdesk.importing;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error, for large files on a terminal only: scripts and pipes
 * get the summary line and nothing else.
 */
final class ImportProgress implements AutoCloseable {

    private final ProgressBar bar;

    private ImportProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar counting rows (the total is not known in a single pass), or nothing when not shown. */
    static ImportProgress start(String task, boolean show) {
        if (!show) {
            return new ImportProgress(null);
        }
        return new ImportProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
