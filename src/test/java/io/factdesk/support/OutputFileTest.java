package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out by what is there: regular files atomically; devices, pipes and links are never replaced. */
class OutputFileTest {

    @TempDir
    Path dir;

    private static void report(java.io.PrintWriter out) {
        out.println("# report");
        out.println("line two");
    }

    private List<String> partials() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRegularFileIsReplacedWholeAndKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("r.md");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        OutputFile.write(file.toString(), OutputFileTest::report);
        assertThat(Files.readString(file)).isEqualTo("# report\nline two\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(partials()).isEmpty();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartial() throws IOException {
        Path file = dir.resolve("r.md");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> OutputFile.write(file.toString(), out -> {
            out.println("half a report");
            out.flush();
            // what a full disk looks like to the renderer
            throw new OutputFailure(file.toString(), new IOException("No space left on device"));
        })).isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE));
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(partials()).isEmpty();
        Path fresh = dir.resolve("new.md");
        assertThatThrownBy(() -> OutputFile.write(fresh.toString(), out -> {
            throw new OutputFailure(fresh.toString(), new IOException("No space left on device"));
        })).isInstanceOf(OutputFailure.class);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aPartialFileIsRemovedWhenTheProcessIsStopped() throws IOException {
        Path file = dir.resolve("r.md");
        assertThatThrownBy(() -> OutputFile.write(file.toString(), out -> {
            out.println("half");
            out.flush();
            assertThat(partials()).hasSize(1);
            AtomicFiles.deleteInFlight(); // what the shutdown hook does on SIGTERM or Ctrl-C
            assertThat(partials()).isEmpty();
        })).isInstanceOf(FactdeskException.class);
        assertThat(file).doesNotExist();
        assertThat(partials()).isEmpty();
    }

    @Test
    void aDeviceIsWrittenThroughAndStaysADevice() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        OutputFile.write("/dev/null", OutputFileTest::report);
        assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).isFalse();
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.exists(devFull) && !Files.isRegularFile(devFull));
        assertThatThrownBy(() -> OutputFile.write("/dev/full", OutputFileTest::report))
                .isInstanceOf(OutputFailure.class).hasMessage("cannot write /dev/full: No space left on device");
        assertThat(Files.isRegularFile(devFull, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aNamedPipeIsWrittenThroughToItsReader() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        OutputFile.write(fifo.toString(), OutputFileTest::report);
        assertThat(reader.get(20, TimeUnit.SECONDS)).isEqualTo("# report\nline two\n");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(partials()).isEmpty();
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheReport() throws IOException {
        Path target = Files.writeString(dir.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("real.md"));
        OutputFile.write(link.toString(), OutputFileTest::report);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.md"));
        assertThat(Files.readString(target)).isEqualTo("# report\nline two\n");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), Path.of("later.md"));
        OutputFile.write(dangling.toString(), OutputFileTest::report);
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("later.md"))).isEqualTo("# report\nline two\n");
        assertThat(partials()).isEmpty();
    }

    @Test
    void anotherUsersLinkInASharedStickyFolderIsNotFollowed() throws IOException {
        assumeTrue(Files.getAttribute(dir, "unix:uid").equals(0), "needs root to give the link away");
        Path shared = Files.createDirectory(dir.resolve("tmp"));
        Files.setAttribute(shared, "unix:mode", 01777);
        Path victim = Files.writeString(dir.resolve("victim"), "precious");
        Path link = Files.createSymbolicLink(shared.resolve("report.md"), victim);
        Files.setAttribute(link, "unix:uid", 4242, LinkOption.NOFOLLOW_LINKS);
        assertThatThrownBy(() -> OutputFile.write(link.toString(), OutputFileTest::report))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("belongs to another user");
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFolderOrAMissingFolderIsOneLineAndNothingIsWritten() throws IOException {
        assertThatThrownBy(() -> OutputFile.write(dir.toString(), OutputFileTest::report))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageEndingWith("is a folder; --out needs a file name");
        assertThatThrownBy(() -> OutputFile.write("/", OutputFileTest::report))
                .isInstanceOf(FactdeskException.class).hasMessage("/ is a folder; --out needs a file name");
        Path missing = dir.resolve("no/such/r.md");
        assertThatThrownBy(() -> OutputFile.write(missing.toString(), OutputFileTest::report))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessageStartingWith("folder ").hasMessageNotContaining("\n");
        assertThat(dir.resolve("no")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
