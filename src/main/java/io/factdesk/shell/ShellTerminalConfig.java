package io.factdesk.shell;

import java.io.IOException;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.jline.ExtendedDefaultParser;

import io.factdesk.support.FactdeskException;

/**
 * The terminal and line reader of the interactive shell and of {@code review}, made (like every
 * bean) only when one of them runs. Spring Shell's auto-configuration is left out (application.properties): factdesk
 * has its own runner, registry and history file, and that configuration's close listener alone
 * built its history and settings beans at the end of every one-shot command.
 */
@Configuration(proxyBeanMethods = false)
class ShellTerminalConfig {

    @Bean(destroyMethod = "close")
    Terminal terminal() {
        try {
            return TerminalBuilder.builder().systemOutput(TerminalBuilder.SystemOutput.SysOut).build();
        } catch (IOException e) {
            throw FactdeskException.failure("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    @Bean
    LineReader lineReader(Terminal terminal, FactdeskCompleter completer, FactdeskHighlighter highlighter) {
        ExtendedDefaultParser parser = new ExtendedDefaultParser();
        // An open quote or a trailing backslash continues the line instead of running half a command.
        parser.setEofOnUnclosedQuote(true);
        parser.setEofOnEscapedNewLine(true);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("factdesk")
                .completer(completer)
                .highlighter(highlighter)
                .history(new DefaultHistory())
                .parser(parser)
                .build();
        // Tab on an empty line lists the commands rather than inserting a tab.
        reader.unsetOpt(LineReader.Option.INSERT_TAB);
        return reader;
    }
}
