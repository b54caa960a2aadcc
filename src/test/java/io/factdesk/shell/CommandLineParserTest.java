package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

class CommandLineParserTest {

    private static final Consumer<CommandContext> NOTHING = ctx -> { };

    /** A command with the shape factdesk's commands get from their annotations (positional arguments, repeatable options). */
    private static Command shaped(Command command, List<String> arguments, Set<String> repeatable) {
        final class Shaped implements Command, CommandShape {
            @Override
            public String getName() {
                return command.getName();
            }

            @Override
            public List<CommandOption> getOptions() {
                return command.getOptions();
            }

            @Override
            public org.springframework.shell.core.command.ExitStatus execute(CommandContext context) throws Exception {
                return command.execute(context);
            }

            @Override
            public List<String> arguments() {
                return arguments;
            }

            @Override
            public Set<String> repeatableOptions() {
                return repeatable;
            }
        }
        return new Shaped();
    }

    private final CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(Set.of(
            shaped(Command.builder().name("claims list").options(
                    CommandOption.with().longName("status").type(String.class).build(),
                    CommandOption.with().longName("all").type(boolean.class).build()).execute(NOTHING), List.of(), Set.of()),
            shaped(Command.builder().name("claims show").execute(NOTHING), List.of("claim id"), Set.of()),
            shaped(Command.builder().name("verdict").options(
                    CommandOption.with().longName("evidence").type(String.class).build(),
                    CommandOption.with().longName("note").type(String.class).build(),
                    CommandOption.with().longName("reviewer").type(String.class).build()).execute(NOTHING),
                    List.of("claim id", "rating"), Set.of("evidence")),
            shaped(Command.builder().name("claims search").execute(NOTHING), null, Set.of()))));
    private final CommandLineParser parser = new CommandLineParser(registry);

    @Test
    void resolvesMultiWordCommandsExactly() {
        var parsed = parser.parse(List.of("claims", "show", "12"));
        assertThat(parsed.command().getName()).isEqualTo("claims show");
        assertThat(parsed.input().arguments()).extracting(CommandArgument::value).containsExactly("12");
    }

    @Test
    void keepsRepeatedOptionsAndQuotedValues() {
        var words = parser.words("verdict 3 TRUE --evidence https://a.org --evidence=https://b.org --note \"it's \\\"fine\\\"\"");
        var parsed = parser.parse(words);
        assertThat(parsed.input().options()).extracting(CommandOption::value)
                .containsExactly("https://a.org", "https://b.org", "it's \"fine\"");
    }

    @Test
    void bareBooleanFlagsWorkOnMultiWordCommands() {
        var parsed = parser.parse(List.of("claims", "list", "--all", "--status", "held"));
        assertThat(parsed.input().options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("all", "true"),
                        org.assertj.core.groups.Tuple.tuple("status", "held"));
    }

    @Test
    void refusesUnknownOptionsAndCommands() {
        assertThatThrownBy(() -> parser.parse(List.of("claims", "list", "--stauts", "x")))
                .hasMessage("unknown option '--stauts' for 'claims list'; see 'claims list --help'");
        assertThatThrownBy(() -> parser.parse(List.of("claimz"))).hasMessageContaining("unknown command 'claimz'");
        assertThatThrownBy(() -> parser.parse(List.of("claims")))
                .hasMessage("'claims' needs a subcommand: claims list, claims search, claims show");
        assertThatThrownBy(() -> parser.parse(List.of("verdict", "1", "TRUE", "--note")))
                .hasMessage("option --note needs a value");
    }

    @Test
    void aStrayPositionalArgumentIsRefusedNotDropped() {
        assertThatThrownBy(() -> parser.parse(List.of("verdict", "12", "true", "--evidence", "https://a.org/1",
                "https://a.org/2")))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessage("unexpected argument 'https://a.org/2': 'verdict' takes 2 (claim id, rating); quote a value"
                        + " that has spaces; see 'verdict --help'");
        assertThatThrownBy(() -> parser.parse(List.of("claims", "list", "pending")))
                .hasMessageStartingWith("unexpected argument 'pending': 'claims list' takes no arguments");
        assertThatThrownBy(() -> parser.parse(List.of("claims", "show", "1", "--", "2")))
                .hasMessageStartingWith("unexpected argument '2'");
        // Several URLs in one quoted value stay one value; words after a command that takes any number are fine.
        assertThat(parser.parse(parser.words("verdict 12 true --evidence \"https://a.org/1 https://a.org/2\""))
                .input().options()).extracting(CommandOption::value).containsExactly("https://a.org/1 https://a.org/2");
        assertThat(parser.parse(List.of("claims", "search", "bridge", "repairs")).input().arguments()).hasSize(2);
    }

    @Test
    void aSingleValuedOptionGivenTwiceIsRefused() {
        assertThatThrownBy(() -> parser.parse(parser.words("verdict 1 true --note a --note b")))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessage("option --note is given more than once for 'verdict'; give it once");
        assertThatThrownBy(() -> parser.parse(parser.words("claims list --status held --status=pending")))
                .hasMessageContaining("--status is given more than once");
        assertThatThrownBy(() -> parser.parse(parser.words("claims list --all --all")))
                .hasMessageContaining("--all is given more than once");
    }

    @Test
    void anOptionIsNeverTakenAsAnotherOptionsValue() {
        assertThatThrownBy(() -> parser.parse(parser.words("verdict 1 true --note --reviewer Lan")))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessage("option --note needs a value, but '--reviewer' follows it; for a value that starts with '-',"
                        + " write --note=VALUE");
        assertThat(parser.parse(parser.words("verdict 1 true --note=--reviewer")).input().options())
                .extracting(CommandOption::value).containsExactly("--reviewer");
        assertThat(parser.parse(parser.words("claims list --status -1")).input().options())
                .as("a negative number is a value, not an option").extracting(CommandOption::value).containsExactly("-1");
    }

    @Test
    void unclosedQuotesAreBadInput() {
        assertThatThrownBy(() -> parser.words("verdict 1 TRUE --note \"open")).hasMessageContaining("unclosed quote");
    }
}
