package io.factdesk.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jline.reader.LineReader;

/**
 * Keeps the shell's command history in the user's data directory
 * ($XDG_DATA_HOME/factdesk/history, by default ~/.local/share/factdesk/history), not in
 * the folder factdesk happens to be started from. Ctrl-R searches it (JLine).
 */
final class ShellHistory {

    private ShellHistory() {
    }

    static Path file() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("factdesk").resolve("history");
    }

    static void useDataDirectory(LineReader reader) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            reader.setVariable(LineReader.HISTORY_FILE, file);
            reader.getHistory().load();
        } catch (IOException e) {
            // Without a writable data directory the shell still works; history just is not kept.
            reader.getTerminal().writer().println("warning: history not kept: " + e.getMessage());
        }
    }

    /** JLine appends each line as it is entered; saving on the way out trims the file to its size limit. */
    static void save(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            reader.getTerminal().writer().println("warning: history not saved: " + e.getMessage());
        }
    }
}
