package io.factdesk.team;

import static io.factdesk.jooq.Tables.TEAM_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.db.DatabaseError;
import io.factdesk.db.Transactions;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.ReviewerName;

@ParameterizedClass
@EnumSource(TestEngine.class)
class TeamServiceTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static ReviewerName name(String text) {
        return new ReviewerName(text);
    }

    @Test
    void addListRemoveAndBringBack() {
        assertThat(wb.team.add(name("Lan"), TeamRole.REVIEWER).outcome()).isEqualTo(TeamService.Added.ADDED);
        assertThat(wb.team.add(name("Minh"), TeamRole.EDITOR).outcome()).isEqualTo(TeamService.Added.ADDED);
        assertThat(wb.team.list()).extracting(m -> m.name().value(), TeamMember::role, TeamMember::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lan", TeamRole.REVIEWER, true),
                        org.assertj.core.groups.Tuple.tuple("Minh", TeamRole.EDITOR, true));

        TeamService.Removed removed = wb.team.remove(name("Lan"));
        assertThat(removed.wasActive()).isTrue();
        assertThat(removed.teamEmpty()).isFalse();
        assertThat(wb.team.list()).extracting(m -> m.name().value(), TeamMember::active)
                .as("the removed member stays, listed after the active ones")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Minh", true),
                        org.assertj.core.groups.Tuple.tuple("Lan", false));
        assertThat(wb.team.list().get(1).removedAt()).isNotNull();

        assertThat(wb.team.add(name("Lan"), TeamRole.EDITOR).outcome()).isEqualTo(TeamService.Added.RESTORED);
        TeamMember back = wb.team.list().stream().filter(m -> m.name().value().equals("Lan")).findFirst().orElseThrow();
        assertThat(back.active()).isTrue();
        assertThat(back.role()).as("back with the role given").isEqualTo(TeamRole.EDITOR);
        assertThat(wb.database.dsl().fetchCount(TEAM_MEMBER)).as("one row per person, ever").isEqualTo(2);
    }

    @Test
    void namesAreStoredAsReviewerNamesSoNfcVariantsAreOnePerson() {
        wb.team.add(name("Nguye\u0302\u0303n Thi\u0323 Lan"), TeamRole.REVIEWER);
        assertThat(wb.team.add(name("Nguyễn  Thị Lan "), TeamRole.REVIEWER).outcome()).isEqualTo(TeamService.Added.ALREADY);
        assertThat(wb.team.list()).singleElement().extracting(m -> m.name().value()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void addingAnActiveMemberAgainChangesNothingOrIsRefusedForAnotherRole() {
        wb.team.add(name("Lan"), TeamRole.REVIEWER);
        Instant added = wb.team.list().get(0).addedAt();
        assertThat(wb.team.add(name("Lan"), TeamRole.REVIEWER).outcome()).isEqualTo(TeamService.Added.ALREADY);
        assertThat(wb.team.list().get(0).addedAt()).isEqualTo(added);
        assertThatThrownBy(() -> wb.team.add(name("Lan"), TeamRole.EDITOR))
                .isInstanceOfSatisfying(FactdeskException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessage("Lan is already on the team as reviewer; to make them an editor: 'team remove Lan',"
                        + " then 'team add Lan --role editor'");
        assertThat(wb.team.list()).singleElement().extracting(TeamMember::role).isEqualTo(TeamRole.REVIEWER);
    }

    @Test
    void aNameThatDiffersOnlyInCaseIsRefusedAndOneThatDiffersInAccentsIsAddedWithTheLookalikeNamed() {
        assertThat(wb.team.add(name("Lan"), TeamRole.REVIEWER).lookalike()).isEmpty();
        assertThat(wb.team.add(name("Lam"), TeamRole.REVIEWER).lookalike()).as("a different name").isEmpty();
        assertThatThrownBy(() -> wb.team.add(name("lan"), TeamRole.REVIEWER))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessage("Lan is on the team already; 'lan' differs only in case and would split one person in two (use 'Lan')");
        assertThatThrownBy(() -> wb.team.add(name("LAN"), TeamRole.EDITOR)).hasMessageStartingWith("Lan is on the team already");
        TeamService.Addition accented = wb.team.add(name("Lân"), TeamRole.REVIEWER);
        assertThat(accented.outcome()).isEqualTo(TeamService.Added.ADDED);
        assertThat(accented.lookalike()).contains("Lan");
        assertThat(wb.team.list()).hasSize(3);
        wb.team.remove(name("Lan"));
        assertThat(wb.team.add(name("lan"), TeamRole.REVIEWER).outcome()).as("once Lan is removed, lan may be added")
                .isEqualTo(TeamService.Added.ADDED);
        assertThatThrownBy(() -> wb.team.add(name("Lan"), TeamRole.REVIEWER)).as("and Lan cannot come back beside lan")
                .hasMessageStartingWith("lan is on the team already");
    }

    /** The database keeps one active member per name ignoring case, whoever writes. */
    @Test
    void theDatabaseRefusesASecondActiveMemberWhoseNameDiffersOnlyInCase() {
        TeamMemberRepository members = new TeamMemberRepository(wb.database);
        members.insert(name("Minh"), TeamRole.REVIEWER, Instant.parse("2025-03-01T00:00:00Z"));
        Transactions tx = new Transactions(wb.database);
        assertThatThrownBy(() -> tx.inTransaction(() -> members.insert(name("MINH"), TeamRole.EDITOR,
                Instant.parse("2025-03-02T00:00:00Z"))))
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(tx.errorOf(e)).isEqualTo(DatabaseError.UNIQUE_VIOLATION));
    }

    /** The service never looks before it writes: the table's unique key is what refuses a second row. */
    @Test
    void theDatabaseRefusesASecondRowForOneName() {
        TeamMemberRepository members = new TeamMemberRepository(wb.database);
        members.insert(name("Lan"), TeamRole.REVIEWER, Instant.parse("2025-03-01T00:00:00Z"));
        Transactions tx = new Transactions(wb.database);
        assertThatThrownBy(() -> tx.inTransaction(() -> members.insert(name("Lan"), TeamRole.EDITOR,
                Instant.parse("2025-03-02T00:00:00Z"))))
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(tx.errorOf(e)).isEqualTo(DatabaseError.UNIQUE_VIOLATION));
    }

    @Test
    void removingSomeoneNotOnTheTeamSuggestsTheMemberMeant() {
        wb.team.add(name("Lan"), TeamRole.REVIEWER);
        assertThatThrownBy(() -> wb.team.remove(name("lan")))
                .isInstanceOfSatisfying(FactdeskException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessage("no team member 'lan'; did you mean 'Lan'?");
        assertThat(wb.team.list()).singleElement().extracting(TeamMember::active).isEqualTo(true);
    }

    @Test
    void removingTwiceChangesNothingAndTheLastRemovalEmptiesTheTeam() {
        wb.team.add(name("Lan"), TeamRole.REVIEWER);
        TeamService.Removed first = wb.team.remove(name("Lan"));
        assertThat(first.wasActive()).isTrue();
        assertThat(first.teamEmpty()).isTrue();
        Instant removedAt = wb.team.list().get(0).removedAt();
        TeamService.Removed again = wb.team.remove(name("Lan"));
        assertThat(again.wasActive()).isFalse();
        assertThat(again.member().removedAt()).isEqualTo(removedAt);
    }
}
