package io.factdesk.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

import io.factdesk.claims.ClaimStatus;
import io.factdesk.support.TerminalText;

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
            optionValues(command.getName(), pending.longName(), current, reader, line, candidates);
        } else if (current.startsWith("-")) {
            for (CommandOption o : command.getOptions()) {
                if (!rest.contains("--" + o.longName())) {
                    candidates.add(candidate("--" + o.longName(), "--" + o.longName(), o.description(), true, 0));
                }
            }
        } else {
            arguments(command.getName(), positionalIndex(command, rest), current, reader, line, candidates);
        }
    }

    /**
     * Every candidate is made here, with its value, display and description shown safely: seed names, reviewer
     * names, file names and claim text come from outside, and an escape sequence in one must not reach the terminal.
     */
    private static Candidate candidate(String value, String displ, String descr, boolean complete, int sort) {
        return new Candidate(TerminalText.safe(value), TerminalText.safe(displ), null,
                descr == null ? null : TerminalText.safe(descr), null, null, complete, sort);
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
                    out.accept(candidate(next, last ? name : next, last ? c.getDescription() : null, last, 0));
                });
    }

    /** The values of one command's option: the same option name can take different values in different commands. */
    List<String> optionChoices(String command, String option) {
        return switch (command + " --" + option) {
            case "export --format" -> values.reportFormats();
            case "import --format" -> values.importFormats();
            case "claims list --format", "claims show --format", "claims search --format", "seeds list --format",
                 "verdict --format", "history --format", "agreement --format", "team list --format",
                 "policy show --format", "assignments --format", "claims evaluate --format", "factchecks list --format",
                 "factchecks search --format" -> values.outputFormats();
            case "claims evaluate --scorer" -> values.scorers();
            case "team add --role" -> values.teamRoles();
            case "claims list --status", "claims count --status", "claims search --status" -> values.statuses();
            case "claims list --type", "review --type" -> values.claimTypes();
            case "export --verdict" -> values.ratings();
            case "claims list --seed", "claims count --seed", "review --seed", "export --seed", "agreement --seed" ->
                    values.seedNames();
            case "verdict --reviewer", "undo --reviewer", "apply-group --reviewer", "import --reviewer",
                 "export --reviewer" -> values.reviewers();
            // The first name of a comma-separated list; the rest are typed.
            case "agreement --reviewers", "agreement --pair" -> values.reviewers();
            default -> null;
        };
    }

    private void optionValues(String command, String option, String current, LineReader reader, ParsedLine line,
                              List<Candidate> out) {
        if (option.equals("out")) {
            files(reader, line, out);
            return;
        }
        List<String> choices = optionChoices(command, option);
        if (choices != null) {
            choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(current.toLowerCase(Locale.ROOT)))
                    .forEach(c -> out.add(candidate(c, c, null, true, 0)));
        }
    }

    /** Which claims each command's ID may name: only those it can act on. */
    static Set<ClaimStatus> claimsFor(String command) {
        return switch (command) {
            case "verdict", "apply-group", "undo" -> CompletionValues.QUEUE;
            case "claims promote" -> CompletionValues.HELD;
            case "approve", "decide", "return", "correct" -> CompletionValues.JUDGED;
            case "claims show", "history" -> CompletionValues.CURRENT;
            default -> null;
        };
    }

    private void arguments(String command, int index, String current, LineReader reader, ParsedLine line,
                           List<Candidate> out) {
        Set<ClaimStatus> claimStatuses = index == 0 ? claimsFor(command) : null;
        if (claimStatuses != null) {
            // In id order: each candidate's sort key is its place, so 10 comes after 9, not after 1.
            List<CompletionValues.ClaimChoice> claims = values.claims(current, claimStatuses);
            for (int i = 0; i < claims.size(); i++) {
                CompletionValues.ClaimChoice c = claims.get(i);
                out.add(candidate(Long.toString(c.id()), c.id() + "  " + c.snippet(), c.status(), true, i));
            }
        } else if ((command.equals("verdict") || command.equals("decide") || command.equals("correct")) && index == 1) {
            values.ratings().forEach(r -> out.add(candidate(r, r, null, true, 0)));
        } else if ((command.equals("import") || command.equals("factchecks import")) && index == 0) {
            files(reader, line, out);
        } else if (command.equals("reviewer") && index == 0) {
            values.reviewers().forEach(r -> out.add(candidate(r, r, null, true, 0)));
        } else if (command.equals("team add") && index == 0) {
            values.reviewersInLog().forEach(r -> out.add(candidate(r, r, null, true, 0)));
        } else if (command.equals("team remove") && index == 0) {
            values.teamMembers().forEach(r -> out.add(candidate(r, r, null, true, 0)));
        } else if (command.equals("help")) {
            registry.getCommands().stream().map(Command::getName).sorted().forEach(n -> out.add(candidate(n, n, null, true, 0)));
        }
    }

    /** File names from JLine's completer, made safe to show like every other candidate. */
    private void files(LineReader reader, ParsedLine line, List<Candidate> out) {
        List<Candidate> found = new ArrayList<>();
        files.complete(reader, line, found);
        for (Candidate c : found) {
            out.add(new Candidate(TerminalText.safe(c.value()), TerminalText.safe(c.displ()), c.group(),
                    c.descr() == null ? null : TerminalText.safe(c.descr()), c.suffix(), c.key(), c.complete(), c.sort()));
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
