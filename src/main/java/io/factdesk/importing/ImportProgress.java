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

    static final int SHOW_FROM_ROWS = 50_000;

    private final ProgressBar bar;

    private ImportProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static ImportProgress start(String task, long total, boolean terminal) {
        if (!terminal || total < SHOW_FROM_ROWS) {
            return new ImportProgress(null);
        }
        return new ImportProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
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
