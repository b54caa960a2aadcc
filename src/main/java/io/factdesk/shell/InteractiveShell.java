package io.factdesk.shell;

import java.io.PrintWriter;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.factdesk.support.ErrorReporter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.support.OutputStyle;
import io.factdesk.support.ShellStyle;
import io.factdesk.support.StopRequest;

/**
 * The interactive session: JLine line editing, completion and persistent history, one file per database
 * ({@link ShellTerminalConfig}), with factdesk's prompt. Ctrl-C clears the line, Ctrl-D or
 * 'quit' leaves.
 */
@Component
public class InteractiveShell {

    private final ObjectProvider<LineReader> lineReader;
    private final ShellPrompt prompt;
    private final OutputStyle style;
    private final FactdeskSettings settings;
    private final StopRequest stop;

    public InteractiveShell(ObjectProvider<LineReader> lineReader, ShellPrompt prompt, OutputStyle style,
                            FactdeskSettings settings, StopRequest stop) {
        this.lineReader = lineReader;
        this.prompt = prompt;
        this.style = style;
        this.settings = settings;
        this.stop = stop;
    }

    ExitCode run(CommandDispatcher dispatcher, boolean verbose) {
        LineReader reader = lineReader.getObject();
        ShellHistory.useDataDirectory(reader, io.factdesk.db.DatabaseLocation.parse(settings.db()));
        style.use(new ShellStyle(ShellStyle.colourTerminal(reader.getTerminal())));
        PrintWriter out = reader.getTerminal().writer();
        out.println(prompt.welcome());
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.prompt(reader.getTerminal(), style.current()));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.equals("quit") || trimmed.equals("exit")) {
                break;
            }
            List<String> words;
            try {
                words = dispatcher.parser().words(trimmed);
            } catch (RuntimeException e) {
                out.println("error: " + ErrorReporter.describe(e).message());
                continue;
            }
            runStoppable(dispatcher, words, reader.getTerminal(), out, verbose);
        }
        ShellHistory.save(reader);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Runs one command with Ctrl-C taken by the shell: outside a line being read the terminal is not in raw mode, so
     * the key is a signal, which would otherwise end the process (and a review's or a copy's clean-up with it).
     */
    private void runStoppable(CommandDispatcher dispatcher, List<String> words, Terminal terminal, PrintWriter out,
                              boolean verbose) {
        stop.clear();
        Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> {
            stop.request();
            out.println();
            out.println("stopping: a copy or an import stops at its next step, with nothing kept; other commands finish");
            out.flush();
        });
        try {
            dispatcher.run(words, out, out, verbose);
        } finally {
            terminal.handle(Terminal.Signal.INT, before);
        }
    }
}
