package io.factdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files that appear whole or not at all: written under a temporary name in the target's folder,
 * then moved into place atomically. A failure leaves no half-written file behind.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes whatever {@code writer} puts in the temporary file it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path temporary) throws IOException;
    }

    public static void write(Path target, boolean replace, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(absolute.getParent());
            // Not Files.createTempFile: that makes the file owner-only, and the finished report
            // should get the user's usual permissions (umask), like any file they write.
            tmp = Files.createFile(absolute.resolveSibling("." + absolute.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".partial"));
            writer.writeTo(tmp);
            if (replace) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw FactdeskException.failure("cannot write " + TerminalText.safe(target.toString()) + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Removes a temporary file; one that is already gone is fine. */
    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: the system cleans its folder up
        }
    }
}
