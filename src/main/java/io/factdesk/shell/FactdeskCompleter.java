package io.factdesk.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.stereotype.Component;

/**
 * Tab completion for factdesk's commands: command names (word by word), options not yet
 * given, and values: claim ids with a snippet of their text, ratings, statuses, types,
 * formats, seed names, reviewers and file paths. Replaces Spring Shell's completer, which
 * stops completing after the first positional argument.
 */
@Component
public class FactdeskCompleter extends CommandCompleter {

    private final CommandRegistry registry;
    private final CompletionValues values;
    private final Completers.FileNameCompleter files = new Completers.FileNameCompleter();

    public FactdeskCompleter(CommandRegistry registry, CompletionValues values) {
        super(registry);
        this.registry = registry;
        this.values = values;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        int used = commandWords(before);
        if (used == 0) {
            commandNames(before, current, candidates::add);
            return;
        }
        Command command = registry.getCommandByName(String.join(" ", before.subList(0, used)));
        List<String> rest = before.subList(used, before.size());
        CommandOption pending = rest.isEmpty() ? null : option(command, rest.get(rest.size() - 1));
        if (pending != null && pending.type() != boolean.class) {
            optionValues(command, pending.longName(), current, reader, line, candidates);
        } else if (current.startsWith("-")) {
            for (CommandOption o : command.getOptions()) {
                if (!rest.contains("--" + o.longName())) {
                    candidates.add(new Candidate("--" + o.longName(), "--" + o.longName(), null, o.description(), null, null, true));
                }
            }
        } else {
            arguments(command.getName(), positionalIndex(command, rest), current, reader, line, candidates);
        }
    }

    private int commandWords(List<String> words) {
        int used = 0;
        for (int k = 1; k <= words.size(); k++) {
            if (registry.getCommandByName(String.join(" ", words.subList(0, k))) != null) {
                used = k;
            }
        }
        return used;
    }

    private void commandNames(List<String> before, String current, Consumer<Candidate> out) {
        String typed = String.join(" ", before);
        String prefix = typed.isEmpty() ? current : typed + " " + current;
        registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName)
                .filter(name -> name.startsWith(prefix)).sorted().forEach(name -> {
                    String[] words = name.split(" ");
                    String next = words[before.size()];
                    boolean last = before.size() == words.length - 1;
                    Command c = registry.getCommandByName(name);
                    out.accept(new Candidate(next, last ? name : next, null, last ? c.getDescription() : null,
                            null, null, last));
                });
    }

    private void optionValues(Command command, String option, String current, LineReader reader, ParsedLine line,
                              List<Candidate> out) {
        List<String> choices = switch (option) {
            case "status" -> List.of("active", "pending", "reviewed", "held", "stale", "all");
            case "format" -> command.getName().equals("export") ? List.of("markdown", "json") : List.of("text", "json");
            case "type" -> List.of("statistic", "event", "attribution", "ranking", "policy", "prediction", "other");
            case "seed" -> values.seedNames();
            case "reviewer" -> values.reviewers();
            default -> null;
        };
        if (option.equals("out")) {
            files.complete(reader, line, out);
        } else if (choices != null) {
            choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(current.toLowerCase(Locale.ROOT)))
                    .forEach(c -> out.add(new Candidate(c)));
        }
    }

    private void arguments(String command, int index, String current, LineReader reader, ParsedLine line,
                           List<Candidate> out) {
        boolean claimId = index == 0 && List.of("claims show", "claims promote", "verdict", "history", "undo",
                "apply-group").contains(command);
        if (claimId) {
            values.claims(current).forEach(c -> out.add(new Candidate(Long.toString(c.id()), c.id() + "  " + c.snippet(),
                    null, c.status(), null, null, true)));
        } else if (command.equals("verdict") && index == 1) {
            values.ratings().forEach(r -> out.add(new Candidate(r)));
        } else if (command.equals("import") && index == 0) {
            files.complete(reader, line, out);
        } else if (command.equals("reviewer") && index == 0) {
            values.reviewers().forEach(r -> out.add(new Candidate(r)));
        } else if (command.equals("help")) {
            registry.getCommands().stream().map(Command::getName).sorted().forEach(n -> out.add(new Candidate(n)));
        }
    }

    private static CommandOption option(Command command, String word) {
        return command.getOptions().stream().filter(o -> word.equals("--" + o.longName())).findFirst().orElse(null);
    }

    private static int positionalIndex(Command command, List<String> rest) {
        int index = 0;
        for (int i = 0; i < rest.size(); i++) {
            CommandOption o = rest.get(i).startsWith("--") ? option(command, rest.get(i).split("=", 2)[0]) : null;
            if (o != null) {
                if (o.type() != boolean.class && !rest.get(i).contains("=")) {
                    i++;
                }
            } else if (!rest.get(i).startsWith("-")) {
                index++;
            }
        }
        return index;
    }
}
