package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reviewers at two terminals on one workbench, blind with two reviews required: each judges the same
 * claim without seeing the other's verdict; their verdicts differ, so the claim ends disputed and
 * `claims list --status disputed` lists it. While the first reviewer's next claim is on screen, the second
 * reviewer's queue moves past it.
 */
class TeamReviewInTerminalsIT {

    @TempDir
    Path dir;

    @Test
    void twoBlindReviewsThatDifferEndDisputed() throws Exception {
        String db = dir.resolve("team.db").toString();
        JarRuns jar = new JarRuns(dir);
        assertThat(jar.run(db, "policy", "set", "reviews-required", "2").exit()).isZero();
        assertThat(jar.run(db, "policy", "set", "blind", "on").exit()).isZero();
        String seeds = Path.of(System.getProperty("factdesk.basedir"), "seeds").toString();

        try (PtyShell lan = new PtyShell(dir, Map.of("FACTDESK_DB", db, "FACTDESK_SEEDS", seeds, "FACTDESK_REVIEWER", "Lan"));
             PtyShell minh = new PtyShell(dir, Map.of("FACTDESK_DB", db, "FACTDESK_SEEDS", seeds, "FACTDESK_REVIEWER", "Minh"))) {
            lan.waitFor("Type 'review'");
            minh.waitFor("Type 'review'");
            lan.type("review\r");
            lan.waitFor("[q] quit the review");
            assertThat(lan.text()).contains("Claim 1 ·").doesNotContain("other review recorded");
            rate(lan, "t", "https://example.org/lan", "Lan: the figure matches");
            lan.waitFor("Saved TRUE on claim 1");

            minh.type("review\r");
            minh.waitFor("1 other review recorded");
            assertThat(minh.text()).contains("Claim 1 ·").as("blind: Lan's verdict and note are not shown")
                    .doesNotContain("Lan: the figure matches").doesNotContain("verdict so far");
            rate(minh, "f", "https://example.org/minh", "Minh: the figure is wrong");
            minh.waitFor("Saved FALSE on claim 1");
            String lanOnScreen = lan.text().substring(lan.text().lastIndexOf("Claim "));
            String minhNext = minh.text().substring(minh.text().lastIndexOf("Claim "));
            assertThat(minhNext.substring(0, minhNext.indexOf(' ', 6)))
                    .as("the claim on Lan's screen is leased to Lan").isNotEqualTo(lanOnScreen.substring(0, lanOnScreen.indexOf(' ', 6)));

            minh.type("q");
            minh.waitFor("Review stopped.");
            minh.type("claims list --status disputed\r");
            minh.waitFor("DISPUTED");
            assertThat(minh.text()).contains("disputed").contains("1 disputed>");
            lan.type("q");
            lan.waitFor("Review stopped.");
            assertThat(lan.quit()).isZero();
            assertThat(minh.quit()).isZero();
        }
        JarRuns.Result disputed = jar.run(db, "claims", "list", "--status", "disputed", "--format", "json");
        assertThat(disputed.exit()).isZero();
        assertThat(disputed.out()).contains("\"id\" : 1,").contains("\"status\" : \"disputed\"");
    }

    private static void rate(PtyShell shell, String key, String url, String note) throws Exception {
        shell.type(key);
        shell.waitFor("Evidence URL 1 (required)");
        shell.type(url + "\r");
        shell.waitFor("Evidence URL 2 (empty line to finish)");
        shell.type("\r");
        shell.waitFor("Note (why this verdict)");
        shell.type(note + "\r");
    }
}
