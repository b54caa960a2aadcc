package io.factdesk.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.factdesk.support.ErrorReporter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.Failure;
import io.factdesk.support.TerminalText;
import io.factdesk.support.Utf8Text;

/**
 * Runs {@code factdesk @FILE}: one command per line, blank lines and '#' comments
 * skipped, stopping at the first failure with its exit code and its file:line.
 */
final class ScriptRunner {

    private final CommandDispatcher dispatcher;

    ScriptRunner(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    ExitCode run(String fileName, PrintWriter out, PrintWriter err, boolean verbose) {
        Path file = Path.of(fileName);
        // The name as typed goes into every message (FILE:LINE), so its control characters are shown as escapes.
        String shown = TerminalText.safe(fileName);
        String text;
        try {
            // Decoded whole before the first command runs: a byte that is not UTF-8 on line 900 must not stop the
            // script after it has run 899 commands.
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw FactdeskException.notFound("script " + shown + " not found");
        } catch (Utf8Text.Malformed e) {
            throw FactdeskException.badInput(shown + ":" + e.line() + ": not valid UTF-8; nothing run");
        } catch (IOException e) {
            throw FactdeskException.failure("cannot read script " + shown + ": " + TerminalText.safe(e.getMessage()), e);
        }
        // Lines end as BufferedReader ends them (LF, CR, CRLF), as Utf8Text counts them.
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            ExitCode code = runLine(shown + ":" + (i + 1), trimmed, out, err, verbose);
            if (code != ExitCode.OK) {
                return code;
            }
        }
        return ExitCode.OK;
    }

    private ExitCode runLine(String where, String line, PrintWriter out, PrintWriter err, boolean verbose) {
        List<String> words;
        try {
            words = dispatcher.parser().words(line);
        } catch (RuntimeException e) {
            Failure failure = ErrorReporter.describe(e);
            err.println("error: " + where + ": " + failure.message());
            return failure.exitCode();
        }
        return dispatcher.run(words, out, err, verbose, where);
    }
}
