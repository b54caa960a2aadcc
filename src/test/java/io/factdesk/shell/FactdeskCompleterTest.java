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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimType;
import io.factdesk.claims.StatusFilter;
import io.factdesk.importing.ImportFormat;
import io.factdesk.reporting.ReportFormat;
import io.factdesk.TestEngine;

@ParameterizedClass
@EnumSource(TestEngine.class)
class FactdeskCompleterTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    FactdeskCompleter completer;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024. Imports fell 3% last year.\n");
        wb.ingest.ingest(wb.seedFolder);
        CommandRegistry registry = new CommandRegistry(new HashSet<>(Set.of(
                Command.builder().name("verdict").description("Record a verdict").options(
                        CommandOption.with().longName("evidence").type(String.class).build(),
                        CommandOption.with().longName("reviewer").type(String.class).build()).execute(ctx -> { }),
                Command.builder().name("claims show").description("Show one claim").execute(ctx -> { }),
                Command.builder().name("claims list").description("List claims").options(
                        CommandOption.with().longName("status").type(String.class).build(),
                        CommandOption.with().longName("type").type(String.class).build(),
                        CommandOption.with().longName("format").type(String.class).build(),
                        CommandOption.with().longName("seed").type(String.class).build()).execute(ctx -> { }),
                Command.builder().name("claims promote").description("Queue a held claim").execute(ctx -> { }),
                Command.builder().name("factchecks list").description("List fact-checks").options(
                        CommandOption.with().longName("format").type(String.class).build()).execute(ctx -> { }),
                Command.builder().name("factchecks search").description("Search fact-checks").options(
                        CommandOption.with().longName("format").type(String.class).build()).execute(ctx -> { }),
                Command.builder().name("apply-group").description("Copy a verdict").execute(ctx -> { }),
                Command.builder().name("export").description("Write the report").options(
                        CommandOption.with().longName("format").type(String.class).build(),
                        CommandOption.with().longName("verdict").type(String.class).build()).execute(ctx -> { }),
                Command.builder().name("team add").description("Add to the team").options(
                        CommandOption.with().longName("role").type(String.class).build()).execute(ctx -> { }),
                Command.builder().name("team remove").description("Take off the team").execute(ctx -> { }),
                Command.builder().name("import").description("Import verdicts").options(
                        CommandOption.with().longName("format").type(String.class).build()).execute(ctx -> { }))));
        completer = new FactdeskCompleter(registry, new CompletionValues(wb.claims, wb.seeds, wb.verdicts, wb.roster));
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
    void teamRolesAndMembersAndWithATeamOnlyItsMembersAsReviewers() {
        wb.verdictService.record(new io.factdesk.verdicts.VerdictInput(new io.factdesk.claims.ClaimId(2),
                io.factdesk.verdicts.Rating.UNVERIFIABLE, List.of(), new io.factdesk.verdicts.Note("x"),
                new io.factdesk.verdicts.ReviewerName("lan"), java.time.Instant.EPOCH));
        assertThat(values("team add --role ")).containsExactly("reviewer", "editor");
        assertThat(values("team add ")).as("names already in the log").containsExactly("lan");
        assertThat(values("verdict 2 UNVERIFIABLE --reviewer ")).as("no team: the log's names").containsExactly("lan");
        wb.team.add(new io.factdesk.verdicts.ReviewerName("Minh"), io.factdesk.team.TeamRole.EDITOR);
        wb.team.add(new io.factdesk.verdicts.ReviewerName("Bao"), io.factdesk.team.TeamRole.REVIEWER);
        wb.team.remove(new io.factdesk.verdicts.ReviewerName("Bao"));
        assertThat(values("verdict 2 UNVERIFIABLE --reviewer ")).containsExactly("Minh");
        assertThat(values("team remove ")).containsExactly("Minh");
    }

    @Test
    void commandNamesCompleteWordByWord() {
        assertThat(values("cla")).containsExactly("claims", "claims", "claims");
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
        assertThat(values("claims list --status pe")).containsExactly("pending");
        assertThat(values("claims list --status p")).containsExactly("pending", "published");
        assertThat(values("claims list --seed ")).containsExactly("a.txt");
    }

    @Test
    void formatsAndOtherChoicesComeFromTheCodeThatParsesThem() {
        assertThat(values("export --format ")).containsExactlyElementsOf(ReportFormat.labels())
                .containsExactly("markdown", "html", "csv", "json", "claimreview");
        assertThat(values("import --format ")).containsExactly("csv", "jsonl");
        assertThat(values("claims list --format ")).containsExactly("text", "json");
        assertThat(values("factchecks list --format ")).containsExactlyElementsOf(
                java.util.Arrays.stream(io.factdesk.support.OutputFormat.values()).map(io.factdesk.support.OutputFormat::label).toList());
        assertThat(values("factchecks search --format j")).containsExactly("json");
        assertThat(values("export --verdict MOSTLY")).containsExactly("MOSTLY_TRUE", "MOSTLY_FALSE");
        assertThat(values("claims list --type ")).containsExactlyElementsOf(
                java.util.Arrays.stream(ClaimType.values()).map(ClaimType::label).toList());
        assertThat(values("claims list --status ")).containsExactlyElementsOf(
                java.util.Arrays.stream(StatusFilter.values()).map(StatusFilter::label).toList());
        // Each option is completed for its command: the same name means different values elsewhere.
        assertThat(completer.optionChoices("export", "format")).isNotEqualTo(completer.optionChoices("import", "format"));
        for (ImportFormat f : ImportFormat.values()) {
            assertThat(ImportFormat.of(f.label(), "x")).isEqualTo(f);
        }
        for (String label : ReportFormat.labels()) {
            assertThat(ReportFormat.parse(label).label()).isEqualTo(label);
        }
    }

    @Test
    void claimIdsSortByNumberAndOnlyClaimsTheCommandCanTakeAreOffered() {
        wb.writeSeed("b.txt", "Figures\n" + java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "Exports to port " + i + " rose " + (i + 10) + "% in 2024.").collect(
                        java.util.stream.Collectors.joining("\n")) + "\n");
        wb.ingest.ingest(wb.seedFolder);

        List<Candidate> shown = complete("claims show ");
        assertThat(shown).hasSizeGreaterThan(10);
        List<Candidate> sorted = new ArrayList<>(shown);
        java.util.Collections.sort(sorted); // as JLine orders candidates
        List<Long> ids = sorted.stream().map(c -> Long.parseLong(c.value())).toList();
        assertThat(ids).isSortedAccordingTo(Long::compare).contains(9L, 10L);

        // The titles ("Title", "Figures") are held back: not offered for a verdict, offered for promotion.
        List<String> held = complete("claims promote ").stream().map(Candidate::value).toList();
        assertThat(held).isNotEmpty().contains("1");
        assertThat(values("verdict ")).doesNotContainAnyElementsOf(held).isNotEmpty();
        assertThat(values("apply-group ")).doesNotContainAnyElementsOf(held);
        assertThat(values("claims show ")).containsAll(held);
    }

    @Test
    void everyCandidateIsShownSafely() {
        wb.writeSeed("evil\u001b]0;pwned\u0007.txt", "Title\nExports rose 12% \u001b[31min 2024.\n");
        wb.ingest.ingest(wb.seedFolder);

        List<Candidate> all = new ArrayList<>(complete("claims list --seed "));
        all.addAll(complete("claims show "));
        assertThat(all).isNotEmpty().allSatisfy(c -> {
            assertThat(c.value()).doesNotContain("\u001b", "\u0007");
            assertThat(c.displ()).doesNotContain("\u001b", "\u0007");
            assertThat(String.valueOf(c.descr())).doesNotContain("\u001b", "\u0007");
        });
        assertThat(all).extracting(Candidate::value).contains("evil\\e]0;pwned\\x07.txt");
        assertThat(all).extracting(Candidate::displ).anySatisfy(d -> assertThat(d).contains("12% \\e[31min 2024."));
    }

    @Test
    void agreementOffersSeedsFormatsAndReviewers() {
        assertThat(completer.optionChoices("agreement", "seed")).containsExactly("a.txt");
        assertThat(completer.optionChoices("agreement", "format")).containsExactly("text", "json");
        assertThat(completer.optionChoices("agreement", "pair")).isEqualTo(completer.optionChoices("verdict", "reviewer"));
        assertThat(completer.optionChoices("agreement", "reviewers")).isNotNull();
    }
}
