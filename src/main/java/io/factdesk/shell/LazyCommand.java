package io.factdesk.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.utils.Utils;

/**
 * A {@code @Command} method known by its annotation alone until it is needed. Spring Shell's
 * factory creates the method's bean, and so everything that bean depends on, for every command
 * at start-up; a one-shot run needs one command. Name, group, description and aliases come
 * from the annotation, with the factory's defaults; anything else (options, running it) makes
 * the real command once, through the factory.
 */
final class LazyCommand implements Command {

    private final String name;
    private final String group;
    private final String description;
    private final String help;
    private final boolean hidden;
    private final List<String> aliases;
    private final Supplier<Command> factory;
    private volatile Command command;

    LazyCommand(org.springframework.shell.core.command.annotation.Command annotation, Class<?> declaringClass,
                String methodName, Supplier<Command> factory) {
        String joined = String.join(" ", annotation.name());
        this.name = joined.isEmpty() ? Utils.unCamelify(methodName) : joined;
        this.group = annotation.group().isEmpty() ? defaultGroup(declaringClass) : annotation.group();
        this.description = annotation.description().isEmpty() ? "N/A" : annotation.description();
        this.help = annotation.help();
        this.hidden = annotation.hidden();
        this.aliases = Arrays.asList(annotation.alias());
        this.factory = factory;
    }

    private static String defaultGroup(Class<?> type) {
        String simpleName = Utils.splitCamelCase(type.getSimpleName());
        return simpleName.endsWith(" Commands") ? simpleName : simpleName + " Commands";
    }

    private Command command() {
        Command made = command;
        if (made == null) {
            synchronized (this) {
                made = command;
                if (made == null) {
                    made = Objects.requireNonNull(factory.get(), "command factory gave nothing for " + name);
                    command = made;
                }
            }
        }
        return made;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getGroup() {
        return group;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getHelp() {
        return help;
    }

    @Override
    public boolean isHidden() {
        return hidden;
    }

    @Override
    public List<String> getAliases() {
        return aliases;
    }

    @Override
    public List<CommandOption> getOptions() {
        return command().getOptions();
    }

    @Override
    public AvailabilityProvider getAvailabilityProvider() {
        return command().getAvailabilityProvider();
    }

    @Override
    public CompletionProvider getCompletionProvider() {
        return command().getCompletionProvider();
    }

    @Override
    public ExitStatus execute(CommandContext context) throws Exception {
        return command().execute(context);
    }

    // The registry holds commands in a set; like Spring Shell's own commands, a name is one command.
    @Override
    public boolean equals(Object other) {
        return other instanceof LazyCommand that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
