package io.factdesk.shell;

import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;

@Component
public class HelpCommand {

    @org.springframework.shell.core.command.annotation.Command(name = "help", group = "Shell",
            description = "List the commands, or explain one",
            help = """
                    help [COMMAND]
                      Without COMMAND, every command with one line on what it does; with COMMAND, its usage,
                      every option and an example (the same as COMMAND --help).
                    Example: help claims list""")
    public void help(CommandContext ctx, @Arguments List<String> words) {
        if (words == null || words.isEmpty()) {
            ctx.outputWriter().println(HelpText.overview(ctx.commandRegistry()));
            return;
        }
        String name = String.join(" ", words);
        Command command = ctx.commandRegistry().getCommandByName(name);
        if (command == null) {
            throw FactdeskException.notFound("no command '" + io.factdesk.support.TerminalText.safe(name)
                    + "'; type 'help' to list commands");
        }
        ctx.outputWriter().println(HelpText.of(command));
    }
}
