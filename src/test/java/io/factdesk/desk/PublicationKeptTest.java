package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.jooq.Tables;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** A signed-off claim stays published whoever writes to the claims table; only a correction changes its rating. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class PublicationKeptTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;

    @Test
    void aPublishedClaimCannotBeUnpublishedByHandAndACorrectionStillChangesItsRating() {
        try (TestWorkbench wb = new TestWorkbench(engine, dir)) {
            long claim = wb.twoPendingClaims().get(0);
            wb.verdictService.record(new VerdictInput(new ClaimId(claim), Rating.FALSE, List.of(new EvidenceUrl("https://a.org")),
                    new Note("checked"), new ReviewerName("Lan"), null));
            ReviewerName editor = new ReviewerName("Hà");
            wb.desk.approve(new ClaimId(claim), new Note(""), editor);
            var dsl = wb.database.dsl();
            var published = Tables.CLAIM.PUBLISHED_AT;

            String refusal = engine == TestEngine.POSTGRESQL ? "only by an editor's step in the desk log" : "the claim is published";
            assertThatThrownBy(() -> dsl.update(Tables.CLAIM).setNull(published).where(Tables.CLAIM.ID.eq(claim)).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining(refusal);
            if (engine == TestEngine.POSTGRESQL) {
                assertThatThrownBy(() -> dsl.update(Tables.CLAIM).set(Tables.CLAIM.FINAL_RATING, Rating.TRUE)
                        .where(Tables.CLAIM.ID.eq(claim)).execute())
                        .isInstanceOf(DataAccessException.class).hasMessageContaining(refusal);
            }

            assertThatThrownBy(() -> dsl.update(Tables.CLAIM).set(Tables.CLAIM.TEXT, "Exports rose 40% in 2024.")
                    .where(Tables.CLAIM.ID.eq(claim)).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("its wording stays as it was signed off");
            assertThatThrownBy(() -> dsl.update(Tables.CLAIM).set(Tables.CLAIM.CLAIMANT, "A liar")
                    .where(Tables.CLAIM.ID.eq(claim)).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("its claimant and article stay");
            // the article re-spaced: ingest keeps the claim (same words) and its published wording, and refuses nothing
            String signedOff = wb.claims.find(new ClaimId(claim)).orElseThrow().text();
            wb.writeSeed("a.txt", "Title line\nExports  rose 12%  in 2024. Imports fell by 3% last year.\n");
            wb.ingest.ingest(wb.seedFolder);
            assertThat(wb.claims.find(new ClaimId(claim)).orElseThrow().text()).isEqualTo(signedOff);

            wb.desk.correct(new ClaimId(claim), Rating.MOSTLY_FALSE, new Note("revised figures"), editor);
            assertThat(dsl.select(Tables.CLAIM.FINAL_RATING).from(Tables.CLAIM).where(Tables.CLAIM.ID.eq(claim)).fetchOne().value1())
                    .isEqualTo(Rating.MOSTLY_FALSE);
            assertThat(dsl.fetchValue(dsl.select(published).from(Tables.CLAIM).where(Tables.CLAIM.ID.eq(claim)))).isNotNull();
        }
    }

    /** On PostgreSQL no role publishes by hand (which would also freeze the claim against the editor's sign-off). */
    @Test
    void onPostgresOnlyTheDeskLogPublishesAndDbCheckNamesAClaimPublishedWithoutASignOff() {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == TestEngine.POSTGRESQL);
        var location = (io.factdesk.db.DatabaseLocation.PostgresServer) io.factdesk.PostgresForTests.newDatabase();
        try (TestWorkbench wb = new TestWorkbench(location, dir)) {
            long claim = wb.twoPendingClaims().get(0);
            var dsl = wb.database.dsl();
            assertThatThrownBy(() -> dsl.update(Tables.CLAIM).set(Tables.CLAIM.PUBLISHED_AT, java.time.Instant.now())
                    .set(Tables.CLAIM.FINAL_RATING, Rating.FALSE).where(Tables.CLAIM.ID.eq(claim)).execute())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("only by an editor's step in the desk log");
            assertThat(wb.database.maintenance().check()).isEmpty();

            io.factdesk.PostgresForTests.asSuperuserIn(location.database(), "ALTER TABLE claim DISABLE TRIGGER claim_keeps_publication;"
                    + " UPDATE claim SET published_at = now(), final_rating = 'FALSE' WHERE id = " + claim + ";"
                    + " ALTER TABLE claim ENABLE TRIGGER claim_keeps_publication");
            assertThat(wb.database.maintenance().check())
                    .containsExactly("claim " + claim + " is published but has no sign-off in the desk log");
        }
    }
}
