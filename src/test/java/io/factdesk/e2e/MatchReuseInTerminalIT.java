package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never check the same claim twice, at the keyboard: verdicts on three claims of the seeds; a new article
 * restates the three in other words (and a fourth with another figure); the ingest says three match, each shows
 * its earlier verdict, and one is reused from the review card with one key. A published fact-check from another
 * newsroom, imported as ClaimReview, matches a fifth claim and is reused from the card too, its URL as evidence.
 */
class MatchReuseInTerminalIT {

    @TempDir
    Path dir;

    private long idOf(Path db, String start) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var s = c.prepareStatement("select id from claim where text like ? order by id")) {
            s.setString(1, start + "%");
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).as(start).isTrue();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void threeRestatedClaimsShowTheirEarlierVerdictsAndOneIsReused() throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        try (var project = Files.list(Path.of(System.getProperty("factdesk.basedir"), "seeds"))) {
            for (Path p : project.toList()) {
                Files.copy(p, seeds.resolve(p.getFileName()));
            }
        }
        Path db = dir.resolve("match.db");
        int exit;
        try (PtyShell shell = new PtyShell(dir, Map.of("FACTDESK_DB", db.toString(), "FACTDESK_SEEDS", seeds.toString(),
                "FACTDESK_REVIEWER", "Lan"))) {
            shell.waitFor("Type 'review'");
            long startups = idOf(db, "We know startups have only a 5%");
            long typhoon = idOf(db, "For example, last year’s Typhoon Yagi");
            long fund = idOf(db, "Although VNPT has billions");
            shell.type("verdict " + startups + " MOSTLY_TRUE --evidence https://stats.example.org/startups --note \"Surveys say 5 to 10%\"\r");
            shell.waitFor("recorded");
            shell.type("verdict " + typhoon + " TRUE --evidence https://weather.example.org/yagi --note \"September 2024\"\r");
            shell.waitFor("recorded", 2);
            shell.type("verdict " + fund + " HALF_TRUE --evidence https://vnpt.example.org/rd --note \"Fund figures\"\r");
            shell.waitFor("recorded", 3);

            Files.writeString(seeds.resolve("next-day.md"), """
                    # Startups and storms

                    Only five percent of startups succeed, the chairman said.
                    Typhoon Yagi brought severe floods and damage last year.
                    VNPT's R&D fund holds billions that current legal rules make hard to use, he said.
                    Startups have a 50% success rate in the city, a study found.
                    Hanoi's metro carried 30 million passengers in 2024, the operator said.
                    """);
            Files.writeString(dir.resolve("other-newsroom.json"), """
                    {"@context": "https://schema.org", "@type": "ClaimReview",
                     "url": "https://checks.other.example/metro-2024",
                     "claimReviewed": "The Hanoi metro had 30 million riders in 2024, according to its operator.",
                     "author": {"@type": "Organization", "name": "Other Checks"}, "datePublished": "2025-02-03",
                     "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                                      "alternateName": "Exaggerated"}}
                    """);
            shell.type("factchecks import " + dir.resolve("other-newsroom.json") + "\r");
            shell.waitFor("imported 1 fact-check from");
            shell.type("seeds ingest\r");
            shell.waitFor("4 new claims match one already checked");
            shell.type("reviewer Minh\r");
            shell.waitFor("reviewer is now Minh");
            shell.type("review --seed next-day.md\r");
            shell.waitFor("checked before: MOSTLY_TRUE");
            shell.waitFor("[r] reuse the earlier check shown");
            shell.type("r");
            shell.waitFor("reused from claim " + startups);
            shell.waitFor("checked before: TRUE");
            shell.type("s");
            shell.waitFor("checked before: HALF_TRUE");
            shell.type("s");
            shell.waitFor("Startups have a 50% success rate");
            shell.type("s");
            shell.waitFor("Exaggerated (0.25)");
            shell.type("r");
            shell.waitFor("reused from the fact-check by Other Checks");
            shell.waitFor("Nothing more to review this round; 3 skipped.");
            shell.type("claims list --matched\r");
            shell.waitFor("VNPT's R&D fund holds billions");
            exit = shell.quit();
        }
        assertThat(exit).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select v.reviewer, v.rating, v.note, f.claim_id, e.url from verdict v"
                     + " join verdict f on f.id = v.applied_from_id join verdict_evidence e on e.verdict_id = v.id")) {
            assertThat(rs.next()).as("the reused verdict cites the one it came from").isTrue();
            assertThat(rs.getString(1)).isEqualTo("Minh");
            assertThat(rs.getString(2)).isEqualTo("MOSTLY_TRUE");
            assertThat(rs.getString(3)).isEqualTo("Reused from claim " + idOf(db, "We know startups") + ": Surveys say 5 to 10%");
            assertThat(rs.getLong(4)).isEqualTo(idOf(db, "We know startups"));
            assertThat(rs.getString(5)).isEqualTo("https://stats.example.org/startups");
            assertThat(rs.next()).isFalse();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select v.reviewer, v.rating, v.note, v.applied_from_id, e.url"
                     + " from verdict v join verdict_evidence e on e.verdict_id = v.id where v.claim_id = "
                     + idOf(db, "Hanoi's metro carried"))) {
            assertThat(rs.next()).as("the published check reused, its URL as evidence").isTrue();
            assertThat(rs.getString(1)).isEqualTo("Minh");
            assertThat(rs.getString(2)).as("2 on 1 to 5").isEqualTo("MOSTLY_FALSE");
            assertThat(rs.getString(3)).isEqualTo("Reused from the fact-check by Other Checks of 2025-02-03, rated"
                    + " 'Exaggerated': https://checks.other.example/metro-2024");
            assertThat(rs.getObject(4)).isNull();
            assertThat(rs.getString(5)).isEqualTo("https://checks.other.example/metro-2024");
            assertThat(rs.next()).isFalse();
        }
    }
}
