package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;

/** The team commands through the shell's parser and dispatcher, and the roster rule as a user meets it. */
class TeamCommandsTest extends io.factdesk.shell.ShellTestSupport {

    @Test
    void addListRemoveAndTheRuleTheyTurnOn() {
        long id = firstPendingId();
        assertThat(run("team list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("no team yet");

        assertThat(run("team add \"Nguyễn Thị Lan\"")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("added Nguyễn Thị Lan to the team as reviewer");
        assertThat(run("team add Minh --role EDITOR")).isEqualTo(ExitCode.OK);
        assertThat(run("team add Minh --role editor")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("Minh is already on the team as editor; nothing changed");
        assertThat(run("team add Minh")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString().strip()).isEqualTo("error: Minh is already on the team as editor; to make them a"
                + " reviewer: 'team remove Minh', then 'team add Minh --role reviewer'");

        assertThat(run("verdict " + id + " unverifiable --note x --reviewer \"nguyen thi lan\"")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip())
                .isEqualTo("error: unknown reviewer 'nguyen thi lan'; did you mean 'Nguyễn Thị Lan'?");
        assertThat(run("reviewer Mihn")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: unknown reviewer 'Mihn'; did you mean 'Minh'?");
        assertThat(run("verdict " + id + " unverifiable --note x --reviewer \"Nguyễn Thị Lan\"")).isEqualTo(ExitCode.OK);

        assertThat(run("team remove Minh")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("removed Minh from the team; their verdicts stay");
        assertThat(run("team list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines().toList()).hasSize(3);
        assertThat(out.toString()).containsPattern("reviewer +20\\d\\d-\\S+ +- +Nguyễn Thị Lan\n")
                .containsPattern("editor +20\\d\\d-\\S+ +20\\d\\d-\\S+ +Minh \\(removed\\)\n");
        assertThat(run("team list --format json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"name\" : \"Minh\"", "\"active\" : false", "\"role\" : \"editor\"");

        assertThat(run("team remove \"Nguyễn Thị Lan\"")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("the team has no members now");
        assertThat(run("verdict " + id + " unverifiable --note x --reviewer anyone")).isEqualTo(ExitCode.OK);
    }

    @Test
    void withARosterLookupsByAMistypedNameAreRefusedNotAnsweredEmpty() {
        assertThat(run("team add Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("claims list --assigned-to lan")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: unknown reviewer 'lan'; did you mean 'Lan'?" + System.lineSeparator());
        assertThat(run("assignments --reviewer lan")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("claims list --assigned-to Lan")).isEqualTo(ExitCode.OK);
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        assertThat(run("team add Lan --role boss")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: unknown role 'boss'; one of reviewer|editor");
        assertThat(run("team add \"\u200B\"")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().lines().toList()).singleElement().asString().startsWith("error: reviewer name");
        assertThat(run("team add")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("team remove Nobody")).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(err.toString().strip()).isEqualTo("error: no team member 'Nobody'");
        assertThat(run("team list")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("no team yet");
        assertThat(run("team add --help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--role", "Example: team add");
    }
}
