package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

import io.factdesk.TestWorkbench;

class FactdeskCompleterTest {

    @TempDir
    Path dir;
    TestWorkbench wb;
    FactdeskCompleter completer;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024. Imports fell 3% last year.\n");
        wb.ingest.ingest(wb.seedFolder);
        CommandRegistry registry = new CommandRegistry(new HashSet<>(Set.of(
                Command.builder().name("verdict").description("Record a verdict").options(
                        CommandOption.with().longName("evidence").type(String.class).build(),
                        CommandOption.with().longName("reviewer").type(String.class).build()).execute(ctx -> { }),
                Command.builder().name("claims show").description("Show one claim").execute(ctx -> { }),
                Command.builder().name("claims list").description("List claims").options(
                        CommandOption.with().longName("status").type(String.class).build(),
                        CommandOption.with().longName("seed").type(String.class).build()).execute(ctx -> { }))));
        completer = new FactdeskCompleter(registry, new CompletionValues(wb.claims, wb.seeds, wb.verdicts));
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private List<Candidate> complete(String line) {
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), out);
        return out;
    }

    private List<String> values(String line) {
        return complete(line).stream().map(Candidate::value).toList();
    }

    @Test
    void commandNamesCompleteWordByWord() {
        assertThat(values("cla")).containsExactly("claims", "claims");
        assertThat(values("claims s")).containsExactly("show");
    }

    @Test
    void claimIdsComeWithASnippetOfTheirText() {
        List<Candidate> ids = complete("claims show ");
        assertThat(ids).extracting(Candidate::value).contains("2", "3");
        assertThat(ids).filteredOn(c -> c.value().equals("2")).singleElement()
                .satisfies(c -> assertThat(c.displ()).startsWith("2  Exports rose 12% in 2024."));
    }

    @Test
    void ratingsAfterTheClaimIdAndValuesAfterOptions() {
        assertThat(values("verdict 2 ")).contains("TRUE", "MOSTLY_TRUE", "NOT_CHECKWORTHY");
        assertThat(values("verdict 2 MOSTLY_TRUE --evidence https://a.org --")).containsExactly("--reviewer");
        assertThat(values("claims list --status p")).containsExactly("pending");
        assertThat(values("claims list --seed ")).containsExactly("a.txt");
    }
}
