package io.factdesk.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Turns words into Spring Shell's {@link ParsedInput}. One-shot runs hand over argv as the
 * operating system split it, so quoting survives; shell lines and @file lines are split by
 * JLine's parser first. Unlike Spring Shell 4.0.1's parser this one resolves multi-word
 * commands exactly, accepts bare boolean flags on them, and refuses unknown options.
 */
public final class CommandLineParser {

    private final CommandRegistry registry;
    private final DefaultParser lineParser = new DefaultParser();

    public CommandLineParser(CommandRegistry registry) {
        this.registry = registry;
        // Without these JLine silently closes an open quote, which would run a half-typed command.
        lineParser.setEofOnUnclosedQuote(true);
        lineParser.setEofOnEscapedNewLine(true);
    }

    /** Splits a line as a POSIX shell would: quotes group, backslash escapes. */
    public List<String> words(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        try {
            return lineParser.parse(trimmed, trimmed.length(), Parser.ParseContext.ACCEPT_LINE).words();
        } catch (EOFError e) {
            throw FactdeskException.badInput("unclosed quote or trailing backslash");
        }
    }

    public Parsed parse(List<String> words) {
        if (words.isEmpty()) {
            throw FactdeskException.badInput("no command given; type 'help' to list commands");
        }
        int used = 0;
        Command command = null;
        for (int k = 1; k <= words.size(); k++) {
            String candidate = String.join(" ", words.subList(0, k));
            Command found = registry.getCommandByName(candidate);
            if (found != null) {
                command = found;
                used = k;
            } else if (!isGroup(candidate)) {
                break;
            }
        }
        if (command == null) {
            throw unknown(words.get(0));
        }
        ParsedInput.Builder builder = ParsedInput.builder().commandName(words.get(0));
        words.subList(1, used).forEach(builder::addSubCommand);
        addOptionsAndArguments(command, words.subList(used, words.size()), builder);
        return new Parsed(command, builder.build());
    }

    /**
     * Options and positional arguments, strictly: a word the command has no place for, an option given twice that
     * may not repeat, and an option whose value would be the next option are each refused with one line, never
     * dropped or guessed at.
     */
    private void addOptionsAndArguments(Command command, List<String> rest, ParsedInput.Builder builder) {
        if (rest.contains("--help") || rest.contains("-h")) {
            builder.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
            return;
        }
        CommandShape shape = command instanceof CommandShape s ? s : null;
        List<String> positional = shape == null ? null : shape.arguments();
        Set<String> given = new HashSet<>();
        int index = 0;
        boolean onlyArguments = false;
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (onlyArguments || !isOption(word)) {
                if (positional != null && index >= positional.size()) {
                    throw strayArgument(command, positional, word);
                }
                builder.addArgument(new CommandArgument(index++, word));
                continue;
            }
            if (word.equals("--")) {
                onlyArguments = true;
                continue;
            }
            String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            CommandOption declared = declared(command, name);
            if (!given.add(declared.longName()) && (shape == null || !shape.repeatableOptions().contains(declared.longName()))) {
                throw FactdeskException.badInput("option --" + declared.longName() + " is given more than once for '"
                        + command.getName() + "'; give it once");
            }
            boolean flag = declared.type() == boolean.class || declared.type() == Boolean.class;
            if (value == null && flag) {
                String next = i + 1 < rest.size() ? rest.get(i + 1).toLowerCase(Locale.ROOT) : "";
                value = next.equals("true") || next.equals("false") ? rest.get(++i) : "true";
            } else if (value == null) {
                if (i + 1 >= rest.size()) {
                    throw FactdeskException.badInput("option --" + declared.longName() + " needs a value");
                }
                String next = rest.get(i + 1);
                if (isOption(next)) {
                    throw FactdeskException.badInput("option --" + declared.longName() + " needs a value, but '"
                            + TerminalText.safe(next) + "' follows it; for a value that starts with '-', write --"
                            + declared.longName() + "=VALUE");
                }
                value = rest.get(++i);
            }
            builder.addOption(CommandOption.with().longName(declared.longName()).shortName(declared.shortName())
                    .type(declared.type()).value(value).build());
        }
    }

    private static FactdeskException strayArgument(Command command, List<String> positional, String word) {
        String takes = positional.isEmpty() ? "takes no arguments"
                : "takes " + positional.size() + " (" + String.join(", ", positional) + ")";
        return FactdeskException.badInput("unexpected argument '" + TerminalText.safe(word) + "': '" + command.getName()
                + "' " + takes + "; quote a value that has spaces; see '" + command.getName() + " --help'");
    }

    private static boolean isOption(String word) {
        return word.startsWith("--") || (word.length() >= 2 && word.charAt(0) == '-' && Character.isLetter(word.charAt(1)));
    }

    private CommandOption declared(Command command, String name) {
        for (CommandOption o : command.getOptions()) {
            if (name.equals(o.longName()) || (name.length() == 1 && o.shortName() == name.charAt(0))) {
                return o;
            }
        }
        throw FactdeskException.badInput("unknown option '" + (name.length() == 1 ? "-" : "--")
                + TerminalText.safe(name) + "' for '" + command.getName() + "'; see '" + command.getName()
                + " --help'");
    }

    private boolean isGroup(String prefix) {
        return registry.getCommands().stream().anyMatch(c -> c.getName().startsWith(prefix + " "));
    }

    private FactdeskException unknown(String first) {
        List<String> sub = registry.getCommands().stream().map(Command::getName)
                .filter(n -> n.startsWith(first + " ")).sorted().toList();
        if (!sub.isEmpty()) {
            return FactdeskException.badInput("'" + first + "' needs a subcommand: "
                    + sub.stream().collect(Collectors.joining(", ")));
        }
        return FactdeskException.badInput("unknown command '" + TerminalText.safe(first)
                + "'; type 'help' to list commands");
    }

    /** A resolved command and its parsed input. */
    public record Parsed(Command command, ParsedInput input) {
    }
}
