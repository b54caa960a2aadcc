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

class CommandLineParserTest {

    private static final Consumer<CommandContext> NOTHING = ctx -> { };

    private final CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(Set.of(
            Command.builder().name("claims list").options(
                    CommandOption.with().longName("status").type(String.class).build(),
                    CommandOption.with().longName("all").type(boolean.class).build()).execute(NOTHING),
            Command.builder().name("claims show").execute(NOTHING),
            Command.builder().name("verdict").options(
                    CommandOption.with().longName("evidence").type(String.class).build(),
                    CommandOption.with().longName("note").type(String.class).build()).execute(NOTHING))));
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
                .hasMessage("'claims' needs a subcommand: claims list, claims show");
        assertThatThrownBy(() -> parser.parse(List.of("verdict", "1", "TRUE", "--note")))
                .hasMessage("option --note needs a value");
    }

    @Test
    void unclosedQuotesAreBadInput() {
        assertThatThrownBy(() -> parser.words("verdict 1 TRUE --note \"open")).hasMessageContaining("unclosed quote");
    }
}
