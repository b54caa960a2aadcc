package io.factdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files that appear whole or not at all: written under a temporary name in the target's folder,
 * then moved into place atomically. A failure leaves no half-written file behind, and neither do
 * Ctrl-C and SIGTERM: temporary files still being written are removed when the JVM shuts down.
 */
public final class AtomicFiles {

    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "factdesk-partial-files"));
        } catch (IllegalStateException alreadyShuttingDown) {
            // nothing can be written any more either
        }
    }

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
            Path candidate = absolute.resolveSibling("." + absolute.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".partial");
            // Registered before it exists, so a signal can never fall between creating and registering.
            IN_FLIGHT.add(candidate);
            try {
                Files.createFile(candidate);
            } catch (IOException e) {
                IN_FLIGHT.remove(candidate);
                throw e;
            }
            tmp = candidate;
            if (replace) {
                keepPermissions(absolute, tmp);
            }
            writer.writeTo(tmp);
            if (replace) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw FactdeskException.failure("cannot write " + TerminalText.safe(target.toString()) + ": "
                    + OutputFailure.reason(e), e);
        } finally {
            deleteQuietly(tmp);
            if (tmp != null) {
                IN_FLIGHT.remove(tmp);
            }
        }
    }

    /** A report written over an older one keeps that file's permissions, as an edit in place would. */
    private static void keepPermissions(Path existing, Path tmp) {
        try {
            if (Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(existing));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the umask's permissions, as for a new file
        }
    }

    /** What the shutdown hook does: removes every temporary file still being written. */
    static void deleteInFlight() {
        IN_FLIGHT.forEach(AtomicFiles::deleteQuietly);
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
