package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;

/**
 * Every command that filters by seed or reviewer refuses a name the workbench does not have, in one line naming
 * the one probably meant, rather than answering with nothing (which reads as "no claims", "nothing assigned").
 */
class FilterNamesTest extends ShellTestSupport {

    private static final String SEED = "004_c1e14f4d7644c95f.txt";

    @Test
    void aSeedFilterNamingNoSeedIsRefusedEverywhere() {
        List<String> commands = List.of("claims list --seed %s", "claims count --seed %s", "claims count --status all --seed %s",
                "export --format csv --out - --seed %s", "export --format json --out - --seed %s", "assign --seed %s --to Lan",
                "assign --auto --reviewers Lan,Minh --seed %s", "unassign --seed %s --from Lan", "agreement --seed %s");
        for (String command : commands) {
            assertThat(run(command.formatted("004_c1e14f4d7644c95f"))).as(command).isEqualTo(ExitCode.NOT_FOUND);
            assertThat(err.toString()).as(command).isEqualTo("error: seed '004_c1e14f4d7644c95f' not found; did you mean '"
                    + SEED + "'?" + System.lineSeparator());
            assertThat(run(command.formatted("elsewhere.md"))).as(command).isEqualTo(ExitCode.NOT_FOUND);
            assertThat(err.toString()).as(command).isEqualTo("error: seed 'elsewhere.md' not found; 'seeds list' lists them"
                    + System.lineSeparator());
        }
        assertThat(run("claims count --seed " + SEED)).isEqualTo(ExitCode.OK);
        assertThat(Integer.parseInt(out.toString().strip())).isPositive();
        assertThat(run("assign --seed " + SEED + " --to Lan")).isEqualTo(ExitCode.OK);
    }

    @Test
    void anExportForAReviewerWithNoVerdictsIsRefused() {
        long id = firstPendingId();
        assertThat(run("verdict " + id + " unverifiable --note x --reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(run("export --format csv --out - --reviewer lan")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: --reviewer: unknown reviewer 'lan'; did you mean 'Lan'?"
                + System.lineSeparator());
        assertThat(run("export --format csv --out - --reviewer Lan")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).hasSize(2);
    }
}
