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
    }

    private final AtomicInteger made = new AtomicInteger();
    private final Command real = Command.builder().name("claims count")
            .options(CommandOption.with().longName("status").build())
            .execute(context -> {
                context.outputWriter().print("ran");
            });

    private LazyCommand lazy(String method) throws NoSuchMethodException {
        var annotation = Examples.class.getDeclaredMethod(method)
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
    void unnamedCommandsTakeSpringShellsDefaults() throws Exception {
        LazyCommand command = lazy("listSeeds");

        assertThat(command.getName()).isEqualTo("list-seeds");
        assertThat(command.getGroup()).isEqualTo("Examples Commands");
        assertThat(command.getDescription()).isEqualTo("N/A");
    }
}
