package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

import io.factdesk.support.ExitCode;

class ScriptRunnerTest {

    @TempDir
    Path dir;

    private final List<String> ran = new ArrayList<>();
    private final CommandRegistry registry = new CommandRegistry(new HashSet<>(Set.of(
            Command.builder().name("claims count").options(CommandOption.with().longName("status").type(String.class).build())
                    .execute((java.util.function.Consumer<org.springframework.shell.core.command.CommandContext>)
                            ctx -> ran.add("count " + ctx.parsedInput().options().get(0).value())))));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ExitCode run(Path script) {
        return new ScriptRunner(new CommandDispatcher(registry))
                .run(script.toString(), new PrintWriter(out, true), new PrintWriter(err, true), false);
    }

    @Test
    void aScriptSavedWithAByteOrderMarkRuns() throws Exception {
        Path script = dir.resolve("bom.fd");
        Files.write(script, ("\uFEFFclaims count --status held\r\n# a comment\nclaims count --status pending\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(run(script)).isEqualTo(ExitCode.OK);
        assertThat(ran).containsExactly("count held", "count pending");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theFileNameInEveryMessageIsShownSafely() throws Exception {
        Path script = dir.resolve("x\u001b]0;pwned\u0007.fd");
        Files.writeString(script, "claims count --status held --status pending\n");

        assertThat(run(script)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("x\\e]0;pwned\\x07.fd:1: option --status is given more than once");
    }

    @Test
    void aByteThatIsNotUtf8IsNamedByItsLineAndNoCommandRuns() throws Exception {
        Path script = dir.resolve("latin1.fd");
        byte[] head = "claims count --status held\nclaims count --status pending\n# caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(script, bytes);

        assertThatThrownBy(() -> run(script)).hasMessage(script + ":3: not valid UTF-8; nothing run");
        assertThat(ran).isEmpty();
    }
}
