package io.factdesk.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.factdesk.support.FactdeskException;

/**
 * An import file opened once and read once: the SHA-256 that identifies the batch is taken from
 * the same bytes the parser reads, so it describes what was imported even if the file is replaced
 * meanwhile, and pipes, FIFOs and standard input (which can be read only once) work like files.
 * Nothing is copied to disk.
 */
final class ImportInput implements AutoCloseable {

    private final DigestInputStream in;
    private final String name;

    private ImportInput(InputStream raw, String name) {
        this.in = new DigestInputStream(raw, sha256());
        this.name = name;
    }

    /**
     * Opens the file, or standard input when {@code file} is null. {@code name} is the file as
     * messages show it (already made safe for the terminal).
     */
    static ImportInput open(Path file, String name) {
        if (file == null) {
            return new ImportInput(new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process, not to this import
                }
            }, name);
        }
        if (Files.isDirectory(file)) {
            throw FactdeskException.badInput("import file " + name + " is a directory, not a file");
        }
        try {
            return new ImportInput(Files.newInputStream(file), name);
        } catch (NoSuchFileException e) {
            throw FactdeskException.notFound("import file " + name + " not found");
        } catch (AccessDeniedException e) {
            throw FactdeskException.failure("cannot read import file " + name + ": permission denied", e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    /** The text, for a CSV parser ({@code csv}) or for JSON Lines; see {@link Utf8Lines}. */
    Reader reader(boolean csv) {
        return new Utf8Lines(in, csv, VerdictFileReader.MAX_ROW_CHARS);
    }

    /** Reads whatever the parser left (nothing, normally) and returns the hash of every byte. */
    String sha256Hex() {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
        return HexFormat.of().formatHex(in.getMessageDigest().digest());
    }

    static FactdeskException cannotRead(String name, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return FactdeskException.failure("cannot read import file " + name + ": " + io.factdesk.support.TerminalText.safe(reason), e);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost when closing fails
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
