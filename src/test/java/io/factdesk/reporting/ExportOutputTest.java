package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.CheckedOutputStream;
import io.factdesk.support.ErrorReporter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.FailingStreams;
import io.factdesk.support.Failure;
import io.factdesk.support.OutputFailure;

/** export's writes: a failed one is exit 1 with no "wrote" and no file; a device or folder is never replaced. */
class ExportOutputTest {

    @TempDir
    static Path dir;
    static TestWorkbench wb;
    static ExportCommand export;
    static int reviewed;
    StringWriter shown;

    @BeforeAll
    static void build() {
        wb = new TestWorkbench(dir);
        export = new ExportCommand(ReportFixture.build(wb, dir), new PublishingSettings(new ReportSettings(
                ReportFormatsTest.SETTINGS.publisherName(), ReportFormatsTest.SETTINGS.publisherUrl(),
                ReportFormatsTest.SETTINGS.reviewBaseUrl(), null, "UTC"), wb.policy));
        reviewed = wb.claimService.count(ClaimQuery.of(StatusFilter.REVIEWED, null));
    }

    @AfterAll
    static void close() {
        wb.close();
    }

    @BeforeEach
    void clearOutput() {
        shown = new StringWriter();
    }

    private void run(PrintWriter stdout, String format, String out) {
        CommandContext ctx = new CommandContext(ParsedInput.builder().commandName("export").build(), new CommandRegistry(),
                stdout, null);
        export.export(ctx, format, out, null, null, null, null, null, "2025-03-05T12:00:00Z", false);
    }

    private void run(String format, String out) {
        run(new PrintWriter(shown, true), format, out);
    }

    private static void assertNothingElseWritten(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
        assertThat(wb.claimService.count(ClaimQuery.of(StatusFilter.REVIEWED, null))).isEqualTo(reviewed);
    }

    @Test
    void aFullDeviceFailsWithoutWroteAndStaysADevice() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && !Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS));
        for (String format : new String[] {"markdown", "html", "csv", "json", "claimreview"}) {
            // What the user is told, whatever a library wrapped the failure in on the way out.
            Failure failure = ErrorReporter.describe(catchThrowable(() -> run(format, "/dev/full")));
            assertThat(failure.exitCode()).as(format).isEqualTo(ExitCode.FAILURE);
            assertThat(failure.message()).as(format).isEqualTo("cannot write /dev/full: No space left on device");
            assertThat(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
        assertThat(shown.toString()).doesNotContain("wrote");
        assertNothingElseWritten(dir);
    }

    @Test
    void aFullStandardOutputStopsTheReport() {
        for (String format : new String[] {"markdown", "html", "csv", "json", "claimreview"}) {
            PrintWriter stdout = CheckedOutputStream.printWriter(new FailingStreams.After(64, "No space left on device"),
                    "standard output", true);
            Failure failure = ErrorReporter.describe(catchThrowable(() -> run(stdout, format, "-")));
            assertThat(failure.cause()).as(format).isInstanceOf(OutputFailure.class);
            assertThat(failure.message()).as(format).isEqualTo("cannot write standard output: No space left on device");
        }
    }

    @Test
    void aFolderIsOneLineAndAFileIsWrittenWhole() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> run("html", folder.toString()))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        run("markdown", folder.resolve("r.md").toString());
        assertThat(shown.toString()).startsWith("wrote markdown report of 3 claims with verdicts to ");
        assertThat(Files.readString(folder.resolve("r.md"))).startsWith("# Verification report");
        assertNothingElseWritten(folder);
    }
}
