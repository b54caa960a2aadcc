package io.factdesk.seeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Utf8Text;

/**
 * Reads the .txt and .md articles under a folder. Links are never followed (a link could
 * lead out of the folder), binary and oversized files are skipped, and invalid UTF-8 is
 * replaced and reported rather than failing the whole ingest.
 */
public final class SeedFolderReader {

    private static final int BINARY_PROBE = 8192;
    /**
     * Longer than any article (a long feature is well under 1 MB); a file this size is a dump
     * or a mistake, and reading it whole would hold the ingest and the review queue hostage.
     */
    static final long MAX_SEED_BYTES = 8L << 20;

    public List<SeedFile> read(Path folder, Consumer<String> warn) {
        if (!Files.isDirectory(folder)) {
            throw FactdeskException.notFound("seeds folder " + folder + " not found");
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder)) {
                        files.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                // A folder or entry that cannot be read (no permission, a path too long for the system) is
                // left out with a warning; the rest of the folder is read as usual.
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    warn.accept(nameOf(folder, file) + ": skipped, cannot be read (" + reason(e) + ")");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        warn.accept(nameOf(folder, dir) + ": not read to the end (" + reason(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw FactdeskException.failure("cannot list the seeds folder " + folder + ": " + reason(e), e);
        }
        files.sort(null);
        List<SeedFile> seeds = new ArrayList<>();
        for (Path file : files) {
            String name = nameOf(folder, file);
            if (Files.isSymbolicLink(file)) {
                warn.accept(name + ": skipped, a symbolic link (links are not followed)");
            } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isArticle(name)) {
                SeedFile seed = readOne(file, name, warn);
                if (seed != null) {
                    seeds.add(seed);
                }
            }
        }
        return seeds;
    }

    private static String nameOf(Path folder, Path file) {
        return file.equals(folder) ? folder.toString() : folder.relativize(file).toString().replace('\\', '/');
    }

    /** Why a file could not be read, in a few words ("permission denied", "File name too long"). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it is gone";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static boolean isArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean hidden = lower.startsWith(".") || lower.contains("/.");
        return !hidden && (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown"));
    }

    private SeedFile readOne(Path file, String name, Consumer<String> warn) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_SEED_BYTES) {
                warn.accept(String.format(Locale.ROOT, "%s: skipped, %.1f MB is more than the %d MB an article may have",
                        name, size / 1048576.0, MAX_SEED_BYTES >> 20));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            warn.accept(name + ": skipped, cannot be read (" + reason(e) + ")");
            return null;
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                warn.accept(name + ": skipped, looks like a binary file (NUL byte at offset " + i + ")");
                return null;
            }
        }
        List<String> warnings = new ArrayList<>();
        String text = decode(bytes, name, warnings);
        warnings.forEach(warn);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SeedFile(name, sha256(bytes), text, warnings);
    }

    private static String decode(byte[] bytes, String name, List<String> warnings) {
        try {
            return Utf8Text.decode(bytes);
        } catch (Utf8Text.Malformed e) {
            warnings.add(name + ":" + e.line() + ": invalid UTF-8 replaced with U+FFFD");
            String lossy = new String(bytes, StandardCharsets.UTF_8);
            return lossy.startsWith("\uFEFF") ? lossy.substring(1) : lossy;   // as Utf8Text drops it
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
