package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

class LazyCommandTest {

    static class Examples {
        @org.springframework.shell.core.command.annotation.Command(name = {"claims", "count"}, group = "Claims",
                description = "Count claims", alias = "cc")
        void count() {
        }

        @org.springframework.shell.core.command.annotation.Command
        void listSeeds() {
        }

        @org.springframework.shell.core.command.annotation.Command(name = "verdict")
        void verdict(CommandContext ctx,
                     @org.springframework.shell.core.command.annotation.Argument(index = 0, description = "claim id") String id,
                     @org.springframework.shell.core.command.annotation.Argument(index = 1, description = "rating") String rating,
                     @org.springframework.shell.core.command.annotation.Option(longName = "evidence")
                     @io.factdesk.support.RepeatableOption String evidence,
                     @org.springframework.shell.core.command.annotation.Option(longName = "note") String note) {
        }

        @org.springframework.shell.core.command.annotation.Command(name = "help")
        void help(CommandContext ctx, @org.springframework.shell.core.command.annotation.Arguments List<String> words) {
        }
    }

    private final AtomicInteger made = new AtomicInteger();
    private final Command real = Command.builder().name("claims count")
            .options(CommandOption.with().longName("status").build())
            .execute(context -> {
                context.outputWriter().print("ran");
            });

    private LazyCommand lazy(String method) throws NoSuchMethodException {
        var annotation = java.util.Arrays.stream(Examples.class.getDeclaredMethods()).filter(m -> m.getName().equals(method))
                .findFirst().orElseThrow(() -> new NoSuchMethodException(method))
                .getAnnotation(org.springframework.shell.core.command.annotation.Command.class);
        return new LazyCommand(annotation, Examples.class, method, () -> {
            made.incrementAndGet();
            return real;
        });
    }

    @Test
    void listingACommandDoesNotMakeIt() throws Exception {
        LazyCommand command = lazy("count");

        assertThat(command.getName()).isEqualTo("claims count");
        assertThat(command.getGroup()).isEqualTo("Claims");
        assertThat(command.getDescription()).isEqualTo("Count claims");
        assertThat(command.getAliases()).containsExactly("cc");
        assertThat(command.isHidden()).isFalse();
        assertThat(made).hasValue(0);
    }

    @Test
    void optionsAndRunningMakeItOnce() throws Exception {
        LazyCommand command = lazy("count");
        StringWriter out = new StringWriter();
        CommandContext context = new CommandContext(ParsedInput.builder().commandName("claims count").build(),
                new CommandRegistry(), new PrintWriter(out, true), null);

        assertThat(command.getOptions()).extracting(CommandOption::longName).isEqualTo(List.of("status"));
        command.execute(context);
        command.execute(context);

        assertThat(out.toString()).isEqualTo("ranran");
        assertThat(made).hasValue(1);
    }

    @Test
    void theShapeComesFromTheMethodWithoutMakingTheCommand() throws Exception {
        LazyCommand verdict = lazy("verdict");
        assertThat(verdict.arguments()).containsExactly("claim id", "rating");
        assertThat(verdict.repeatableOptions()).containsExactly("evidence");
        assertThat(lazy("help").arguments()).as("any number of words").isNull();
        assertThat(lazy("count").arguments()).isEmpty();
        assertThat(made).hasValue(0);
    }

    @Test
    void unnamedCommandsTakeSpringShellsDefaults() throws Exception {
        LazyCommand command = lazy("listSeeds");

        assertThat(command.getName()).isEqualTo("list-seeds");
        assertThat(command.getGroup()).isEqualTo("Examples Commands");
        assertThat(command.getDescription()).isEqualTo("N/A");
    }
}
