package io.factdesk.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

/** The text of {@code help} and {@code COMMAND --help}: usage, what it does, every option, an example. */
final class HelpText {

    private HelpText() {
    }

    static String of(Command command) {
        StringBuilder b = new StringBuilder(command.getName()).append(" — ").append(command.getDescription()).append('\n');
        String help = command.getHelp();
        if (help != null && !help.isBlank() && !help.startsWith(command.getName() + "(")) {
            b.append(help.strip()).append('\n');
        }
        List<CommandOption> options = command.getOptions();
        if (!options.isEmpty()) {
            b.append("Options:\n");
            for (CommandOption o : options) {
                String flag = o.type() == boolean.class || o.type() == Boolean.class ? "" : " VALUE";
                b.append(String.format("  --%-22s %s%n", o.longName() + flag,
                        o.description() == null ? "" : o.description()));
            }
        }
        return b.toString().stripTrailing();
    }

    static String overview(CommandRegistry registry) {
        Map<String, List<Command>> byGroup = registry.getCommands().stream().filter(c -> !c.isHidden())
                .collect(Collectors.groupingBy(c -> c.getGroup() == null || c.getGroup().isBlank() ? "Shell" : c.getGroup(),
                        TreeMap::new, Collectors.toList()));
        StringBuilder b = new StringBuilder("factdesk commands (COMMAND --help or 'help COMMAND' for options and an example):\n");
        byGroup.forEach((group, commands) -> {
            b.append('\n').append(group).append('\n');
            commands.stream().sorted(Comparator.comparing(Command::getName)).forEach(c ->
                    b.append(String.format("  %-18s %s%n", c.getName(), c.getDescription())));
        });
        b.append("\nquit or exit leaves the shell; Ctrl-R searches earlier commands; Tab completes.");
        return b.toString();
    }
}
