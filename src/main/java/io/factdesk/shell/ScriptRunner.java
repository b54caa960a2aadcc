package io.factdesk.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.factdesk.support.ErrorReporter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.Failure;
import io.factdesk.support.TerminalText;

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
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                // A file saved "as UTF-8" by some editors starts with a byte order mark, which is no part of the command.
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                ExitCode code = runLine(shown + ":" + lineNumber, trimmed, out, err, verbose);
                if (code != ExitCode.OK) {
                    return code;
                }
            }
            return ExitCode.OK;
        } catch (NoSuchFileException e) {
            throw FactdeskException.notFound("script " + shown + " not found");
        } catch (CharacterCodingException e) {
            throw FactdeskException.badInput(shown + ": not valid UTF-8");
        } catch (IOException e) {
            throw FactdeskException.failure("cannot read script " + shown + ": " + TerminalText.safe(e.getMessage()), e);
        }
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
