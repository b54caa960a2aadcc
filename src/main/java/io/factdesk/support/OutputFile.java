package io.factdesk.support;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where {@code --out FILE} writes, by what is there now:
 * <ul>
 * <li>nothing, or a regular file: written whole or not at all ({@link AtomicFiles}); a file
 *     replaced keeps its permissions;</li>
 * <li>a device or a named pipe ({@code /dev/null}, a FIFO, a terminal): written straight
 *     through, never replaced; a pipe blocks until something reads it, as with a shell redirect;</li>
 * <li>a symbolic link: the file it points to is written as above and the link stays a link; a
 *     link in a shared sticky folder such as /tmp that belongs to another user is not followed
 *     (the kernel's protected_symlinks rule, which a rename would otherwise get round);</li>
 * <li>a folder, or a name in a folder that does not exist: one line, nothing written.</li>
 * </ul>
 */
public final class OutputFile {

    private static final int MAX_LINKS = 40;
    private static final int STICKY_AND_WORLD_WRITABLE = 01002;

    private OutputFile() {
    }

    /** Writes what {@code body} prints. */
    @FunctionalInterface
    public interface Body {
        void writeTo(PrintWriter out);
    }

    public static void write(String given, Body body) {
        String shown = TerminalText.safe(given);
        Path path = path(given, shown);
        BasicFileAttributes there = attributes(path, shown);
        if (there != null && there.isDirectory()) {
            throw FactdeskException.badInput(shown + " is a folder; --out needs a file name");
        }
        if (there != null && there.isOther()) {
            stream(path, shown, body);
            return;
        }
        Path target = followLinks(path, shown);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw FactdeskException.notFound("folder " + TerminalText.safe(String.valueOf(folder)) + " not found (--out "
                    + shown + ")");
        }
        AtomicFiles.write(target, true, tmp -> {
            try (FileOutputStream file = new FileOutputStream(tmp.toFile());
                 PrintWriter out = CheckedOutputStream.printWriter(file, shown, false)) {
                body.writeTo(out);
                out.flush();
                // A full disk may only show when the data is forced out; better now than after the rename.
                file.getFD().sync();
            }
        });
    }

    /** Whether FILE is this process's standard output (--out /dev/stdout, or the same pipe or terminal). */
    public static boolean isStandardOutput(String given) {
        try {
            return Files.isSameFile(Path.of(given), Path.of("/dev/stdout"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path path(String given, String shown) {
        try {
            return Path.of(given).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw FactdeskException.badInput("--out " + shown + " is not a usable file name");
        }
    }

    /** What the name leads to, following links; null when nothing is there (yet). */
    private static BasicFileAttributes attributes(Path path, String shown) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new OutputFailure(shown, e);
        }
    }

    private static void stream(Path path, String shown, Body body) {
        // APPEND without CREATE: a device or pipe is used as it is, never made into a file.
        try (OutputStream raw = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             PrintWriter out = CheckedOutputStream.printWriter(raw, shown, false)) {
            body.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new OutputFailure(shown, e);
        }
    }

    private static Path followLinks(Path path, String shown) {
        Path p = path;
        try {
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops == MAX_LINKS) {
                    throw FactdeskException.badInput("--out " + shown + ": too many levels of symbolic links");
                }
                refuseAnotherUsersSharedLink(p, shown);
                p = p.resolveSibling(Files.readSymbolicLink(p));
            }
            return p;
        } catch (IOException e) {
            throw new OutputFailure(shown, e);
        }
    }

    private static void refuseAnotherUsersSharedLink(Path link, String shown) throws IOException {
        try {
            Path folder = link.getParent();
            int mode = (Integer) Files.getAttribute(folder, "unix:mode");
            if ((mode & STICKY_AND_WORLD_WRITABLE) != STICKY_AND_WORLD_WRITABLE) {
                return;
            }
            int owner = (Integer) Files.getAttribute(link, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (owner != (Integer) Files.getAttribute(folder, "unix:uid") && owner != currentUser()) {
                throw FactdeskException.badInput("--out " + shown + " is a symbolic link in a shared folder that belongs to"
                        + " another user; not following it (give the file it points to instead)");
            }
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no Unix owners and modes on this file system: nothing to compare
        }
    }

    private static long currentUser() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }
}
