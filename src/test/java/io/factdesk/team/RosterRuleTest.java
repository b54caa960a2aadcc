package io.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.importing.ImportFormat;
import io.factdesk.importing.ImportReport;
import io.factdesk.importing.ImportService;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** Once a team has an active member, a name not on it can neither decide, import nor undo; without one, anyone can. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class RosterRuleTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    long claim;
    long other;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        List<Long> pending = wb.twoPendingClaims();
        claim = pending.get(0);
        other = pending.get(1);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private VerdictInput verdict(long id, String reviewer) {
        return new VerdictInput(new ClaimId(id), Rating.UNVERIFIABLE, List.of(), new Note("no source"),
                new ReviewerName(reviewer), Instant.parse("2025-03-01T00:00:00Z"));
    }

    private ImportReport importCsv(String content) throws IOException {
        Path file = dir.resolve("verdicts.csv");
        Files.writeString(file, "claim_id,rating,evidence_url,note,reviewer\n" + content);
        return wb.importService.importFile(new ImportService.Request(file, "verdicts.csv", ImportFormat.CSV, false,
                false, null, false));
    }

    private static void refusedWith(Runnable work, String message) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(FactdeskException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT)).hasMessage(message);
    }

    @Test
    void withoutARosterAnyNameDecides() throws IOException {
        wb.verdictService.record(verdict(claim, "lan"));
        wb.verdictService.undo(new ClaimId(claim), new ReviewerName("lan"));
        assertThat(importCsv(other + ",UNVERIFIABLE,,no source,whoever\n").rejected()).isZero();
        assertThat(wb.verdicts.countEntries()).isEqualTo(3);
    }

    @Test
    void aVerdictUnderANameNotOnTheTeamIsRefusedWithTheMemberMeant() {
        wb.team.add(new ReviewerName("Lan"), TeamRole.REVIEWER);
        refusedWith(() -> wb.verdictService.record(verdict(claim, "lan")), "unknown reviewer 'lan'; did you mean 'Lan'?");
        refusedWith(() -> wb.verdictService.record(verdict(claim, "Bartholomew")),
                "unknown reviewer 'Bartholomew'; not on the team (see 'team list')");
        assertThat(wb.verdicts.countEntries()).isZero();
        wb.verdictService.record(verdict(claim, "Lan"));
        assertThat(wb.verdicts.countEntries()).isEqualTo(1);
    }

    @Test
    void anUndoUnderANameNotOnTheTeamIsRefused() {
        wb.verdictService.record(verdict(claim, "lan"));
        wb.team.add(new ReviewerName("Lan"), TeamRole.REVIEWER);
        refusedWith(() -> wb.verdictService.undo(new ClaimId(claim), new ReviewerName("lan")),
                "unknown reviewer 'lan'; did you mean 'Lan'?");
        assertThat(wb.verdicts.countEntries()).isEqualTo(1);
    }

    @Test
    void aRemovedMemberIsRefusedUntilBroughtBackAndAnEmptyTeamIsNoTeam() {
        wb.team.add(new ReviewerName("Lan"), TeamRole.REVIEWER);
        wb.team.add(new ReviewerName("Nguyễn Thị Minh"), TeamRole.EDITOR);
        wb.team.remove(new ReviewerName("Nguyễn Thị Minh"));
        assertThatThrownBy(() -> wb.verdictService.record(verdict(claim, "Nguyễn Thị Minh")))
                .hasMessageStartingWith("reviewer 'Nguyễn Thị Minh' was removed from the team on ")
                .hasMessageEndingWith("; 'team add \"Nguyễn Thị Minh\"' brings them back");
        wb.team.add(new ReviewerName("Nguyễn Thị Minh"), TeamRole.EDITOR);
        wb.verdictService.record(verdict(claim, "Nguyễn Thị Minh"));

        wb.team.remove(new ReviewerName("Lan"));
        wb.team.remove(new ReviewerName("Nguyễn Thị Minh"));
        wb.verdictService.record(verdict(other, "anyone"));
        assertThat(wb.verdicts.countEntries()).isEqualTo(2);
    }

    @Test
    void anImportWithRowsUnderUnknownNamesIsRefusedWholeWithEachRowNamed() throws IOException {
        wb.team.add(new ReviewerName("Lan"), TeamRole.REVIEWER);
        wb.team.add(new ReviewerName("Minh"), TeamRole.REVIEWER);
        ImportReport report = importCsv(claim + ",UNVERIFIABLE,,no source,Lan\n"
                + other + ",UNVERIFIABLE,,no source,lan\n"
                + claim + ",NOT_CHECKWORTHY,,opinion,Mihn\n");
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.problems()).containsExactly(
                "verdicts.csv:3: unknown reviewer 'lan'; did you mean 'Lan'?",
                "verdicts.csv:4: unknown reviewer 'Mihn'; did you mean 'Minh'?");
        assertThat(wb.verdicts.countEntries()).as("all or nothing").isZero();

        assertThat(importCsv(claim + ",UNVERIFIABLE,,no source,Lan\n" + other + ",UNVERIFIABLE,,no source,Minh\n")
                .written()).isEqualTo(2);
    }

    @Test
    void theRosterApiRefusesForTheAssignmentCode() {
        wb.roster.requireKnown(new ReviewerName("lan"));   // no roster yet
        wb.team.add(new ReviewerName("Lan"), TeamRole.REVIEWER);
        wb.roster.requireKnown(new ReviewerName("Lan"));
        refusedWith(() -> wb.roster.requireKnown(new ReviewerName("lan")), "unknown reviewer 'lan'; did you mean 'Lan'?");
        assertThat(wb.roster.activeNames()).containsExactly("Lan");
    }
}
