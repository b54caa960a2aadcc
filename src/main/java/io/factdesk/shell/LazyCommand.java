package io.factdesk.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.utils.Utils;

import io.factdesk.support.RepeatableOption;

/**
 * A {@code @Command} method known by its annotation alone until it is needed. Spring Shell's
 * factory creates the method's bean, and so everything that bean depends on, for every command
 * at start-up; a one-shot run needs one command. Name, group, description and aliases come
 * from the annotation, with the factory's defaults; anything else (options, running it) makes
 * the real command once, through the factory.
 */
final class LazyCommand implements Command, CommandShape {

    private final String name;
    private final String group;
    private final String description;
    private final String help;
    private final boolean hidden;
    private final List<String> aliases;
    private final Supplier<Command> factory;
    private final Class<?> declaringClass;
    private final String methodName;
    private volatile Command command;
    private volatile Shape shape;

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
        this.declaringClass = declaringClass;
        this.methodName = methodName;
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
    public List<String> arguments() {
        return shape().arguments();
    }

    @Override
    public Set<String> repeatableOptions() {
        return shape().repeatableOptions();
    }

    private record Shape(List<String> arguments, Set<String> repeatableOptions) {
    }

    /** Read from the method's parameters when the parser first needs it; the command itself is not made for it. */
    private Shape shape() {
        Shape made = shape;
        if (made == null) {
            Method method = Arrays.stream(declaringClass.getDeclaredMethods())
                    .filter(m -> m.getName().equals(methodName)
                            && m.isAnnotationPresent(org.springframework.shell.core.command.annotation.Command.class))
                    .findFirst().orElseThrow();
            List<String> arguments = new ArrayList<>();
            Set<String> repeatable = new HashSet<>();
            boolean anyNumber = false;
            for (Parameter p : method.getParameters()) {
                Argument argument = p.getAnnotation(Argument.class);
                Option option = p.getAnnotation(Option.class);
                if (p.isAnnotationPresent(Arguments.class)) {
                    anyNumber = true;
                } else if (argument != null) {
                    while (arguments.size() <= argument.index()) {
                        arguments.add(null);
                    }
                    arguments.set(argument.index(), argument.description());
                } else if (option != null && p.isAnnotationPresent(RepeatableOption.class)) {
                    repeatable.add(option.longName());
                }
            }
            made = new Shape(anyNumber ? null : List.copyOf(arguments.stream().map(d -> d == null ? "" : d).toList()),
                    Set.copyOf(repeatable));
            shape = made;
        }
        return made;
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
