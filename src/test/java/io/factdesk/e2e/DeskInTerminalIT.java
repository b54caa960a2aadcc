package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's desk in a pseudo-terminal: the editor decides a disputed claim, approves a second and returns
 * a third; the returned claim then comes first in its reviewer's review, with the editor's comment; the
 * published claims, the decision and the return are on record for one-shot commands.
 */
class DeskInTerminalIT {

    @TempDir
    Path dir;

    @Test
    void decideApproveAndReturnAtTheDesk() throws Exception {
        String db = dir.resolve("desk.db").toString();
        JarRuns jar = new JarRuns(dir);
        judge(jar, db, "1", "true", "Lan");
        judge(jar, db, "1", "false", "Minh");
        judge(jar, db, "2", "true", "Lan");
        judge(jar, db, "3", "false", "Minh");
        String seeds = Path.of(System.getProperty("factdesk.basedir"), "seeds").toString();

        try (PtyShell editor = new PtyShell(dir, Map.of("FACTDESK_DB", db, "FACTDESK_SEEDS", seeds, "FACTDESK_REVIEWER", "Hà"))) {
            editor.waitFor("Type 'review'");
            editor.type("desk\r");
            editor.waitFor("[a]pprove");
            assertThat(editor.text()).contains("Claim 1 · disputed").contains("Reviewers differ: TRUE ×1, FALSE ×1")
                    .contains("by hand (account").contains("Percent agreement 0%");
            editor.type("a");
            editor.waitFor("Claim 1 is disputed: press d to decide a rating");
            editor.type("d");
            editor.waitFor("Rating (");
            editor.type("half-true\r");
            editor.waitFor("Why this rating: ");
            editor.type("Both are partly right\r");
            editor.waitFor("Decided claim 1 as HALF_TRUE: published.");

            editor.waitFor("Claim 2 · reviewed");
            editor.type("a");
            editor.waitFor("Note (optional): ");
            editor.type("\r");
            editor.waitFor("Approved claim 2 as TRUE: published.");

            editor.waitFor("Claim 3 · reviewed");
            editor.type("r");
            editor.waitFor("Return to (Enter: everyone who judged it): ");
            editor.type("\r");
            editor.waitFor("Comment for the reviewer: ");
            editor.type("Find the 2024 figure\r");
            editor.waitFor("Returned claim 3 to Minh.");
            editor.waitFor("Nothing awaits sign-off.");
            assertThat(editor.quit()).isZero();
        }

        try (PtyShell minh = new PtyShell(dir, Map.of("FACTDESK_DB", db, "FACTDESK_SEEDS", seeds, "FACTDESK_REVIEWER", "Minh"))) {
            minh.waitFor("Type 'review'");
            minh.type("review\r");
            minh.waitFor("[q] quit the review");
            assertThat(minh.text()).contains("Returned to you by Hà: Find the 2024 figure").contains("Claim 3 ·");
            minh.type("q");
            minh.waitFor("Review stopped.");
            assertThat(minh.quit()).isZero();
        }

        JarRuns.Result published = jar.run(db, "claims", "list", "--status", "published", "--format", "json");
        assertThat(published.exit()).isZero();
        var ids = new java.util.ArrayList<Long>();
        io.factdesk.support.Json.MAPPER.readTree(published.out()).forEach(c -> ids.add(c.get("id").asLong()));
        assertThat(ids).containsExactly(1L, 2L);
        JarRuns.Result history = jar.run(db, "history", "3");
        assertThat(history.out()).contains("RETURNED to Minh by Hà").contains("comment: Find the 2024 figure");
        JarRuns.Result again = jar.run(db, "verdict", "1", "false", "--evidence", "https://example.org/x", "--note", "late",
                "--reviewer", "Minh");
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err().strip()).isEqualTo("error: claim 1 is published; its rating changes only by an editor's"
                + " public correction: correct 1 RATING --note \"correction readers will see\"");
    }

    private static void judge(JarRuns jar, String db, String claim, String rating, String reviewer) throws Exception {
        JarRuns.Result r = jar.run(db, "verdict", claim, rating, "--evidence", "https://example.org/" + reviewer,
                "--note", reviewer + " checked", "--reviewer", reviewer);
        assertThat(r.exit()).as(r.err()).isZero();
    }
}
