package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;

import org.junit.jupiter.api.Test;

/** PrintWriter keeps a failed write to itself; over this stream the failure reaches the command. */
class CheckedOutputStreamTest {

    @Test
    void aPlainPrintWriterSwallowsAFullDisk() {
        PrintWriter plain = new PrintWriter(FailingStreams.full(), true);
        plain.println("lost");
        assertThat(plain.checkError()).as("what CommandDispatcher.checkWritten looks at").isTrue();
    }

    @Test
    void aFullDiskStopsTheWriterAtTheFirstFailedWrite() {
        FailingStreams.After disk = new FailingStreams.After(100, "No space left on device");
        PrintWriter out = CheckedOutputStream.printWriter(disk, "report.html", true);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10_000; i++) {
                out.println("line " + i);
            }
        }).isInstanceOfSatisfying(OutputFailure.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(e.brokenPipe()).isFalse();
        }).hasMessage("cannot write report.html: No space left on device");
        assertThat(disk.written).isLessThanOrEqualTo(100);
        assertThat(disk.failedCalls).as("stopped at once, not after 10,000 lines").isEqualTo(1);
        // A later flush (the dispatcher's, the runner's) fails the same way instead of hiding it.
        assertThatThrownBy(out::flush).isInstanceOf(OutputFailure.class);
        assertThatThrownBy(() -> out.println("more")).isInstanceOf(OutputFailure.class);
        // Closing releases the stream and may repeat the failure, never a different error.
        assertThat(org.assertj.core.api.Assertions.catchThrowable(out::close)).satisfiesAnyOf(
                t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(OutputFailure.class));
    }

    @Test
    void aBrokenPipeIsRecognisedSoItCanEndQuietly() {
        PrintWriter out = CheckedOutputStream.printWriter(FailingStreams.brokenPipe(), "standard output", true);
        assertThatThrownBy(() -> out.println("x")).isInstanceOfSatisfying(OutputFailure.class,
                e -> assertThat(new Failure(e.exitCode(), e.getMessage(), e).quiet()).isTrue());
        OutputFailure full = new OutputFailure("standard output", new java.io.IOException("No space left on device"));
        assertThat(new Failure(full.exitCode(), full.getMessage(), full).quiet()).isFalse();
    }

    @Test
    void reasonsAreOneLineWithoutTheTemporaryPath() {
        assertThat(OutputFailure.reason(new java.nio.file.AccessDeniedException("/x/.r.html.1f.partial"))).isEqualTo("permission denied");
        assertThat(OutputFailure.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
        assertThat(OutputFailure.reason(new java.io.IOException("bad\u001b]0;title\u0007"))).doesNotContain("\u001b", "\u0007");
    }
}
