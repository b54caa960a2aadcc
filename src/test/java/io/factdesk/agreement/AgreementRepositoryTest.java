package io.factdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** Each reviewer's current verdict per claim, with the filters, read from the log on both engines. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class AgreementRepositoryTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    AgreementRepository repository;
    AgreementService service;
    long exports;
    long imports;
    long rice;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        wb.writeSeed("a.txt", "Title line\nExports rose 12% in 2024. Imports fell by 3% last year.\n");
        wb.writeSeed("b.txt", "Rice\nRice exports reached 8 million tonnes in 2023.\n");
        wb.ingest.ingest(wb.seedFolder);
        List<Claim> pending = wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null));
        exports = idOf(pending, "Exports rose");
        imports = idOf(pending, "Imports fell");
        rice = idOf(pending, "Rice exports");
        repository = new AgreementRepository(wb.database);
        service = new AgreementService(repository, wb.verdicts, wb.seeds);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static long idOf(List<Claim> claims, String start) {
        return claims.stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow().id();
    }

    private void record(long claim, Rating rating, String reviewer, String decidedAt) {
        wb.verdictService.record(new VerdictInput(new ClaimId(claim), rating,
                List.of(new EvidenceUrl("https://example.org/" + claim)), new Note("checked"), new ReviewerName(reviewer),
                Instant.parse(decidedAt)));
    }

    private List<String> read(AgreementFilter filter) {
        return repository.currentVerdicts(filter).stream()
                .map(j -> (j.item() == exports ? "exports" : j.item() == imports ? "imports" : "rice") + " " + j.reviewer()
                        + " " + j.outcome())
                .sorted().toList();
    }

    @Test
    void eachReviewersNewestVerdictNotTakenBackIsTheirCurrentOne() {
        record(exports, Rating.FALSE, "Lan", "2025-03-01T09:00:00Z");
        record(exports, Rating.TRUE, "Lan", "2025-03-01T10:00:00Z");
        record(exports, Rating.FALSE, "Bob", "2025-03-01T09:00:00Z");
        record(exports, Rating.MOSTLY_TRUE, "Bob", "2025-03-01T11:00:00Z");
        wb.verdictService.undo(new ClaimId(exports), new ReviewerName("Bob"));
        record(imports, Rating.HALF_TRUE, "Mai", "2025-03-01T09:00:00Z");
        wb.verdictService.undo(new ClaimId(imports), new ReviewerName("Mai"));

        assertThat(read(AgreementFilter.EVERYTHING)).containsExactly("exports Bob FALSE", "exports Lan TRUE");
    }

    @Test
    void seedSinceAndReviewersNarrowTheCurrentVerdicts() {
        record(exports, Rating.TRUE, "Lan", "2025-03-10T09:00:00Z");
        record(exports, Rating.TRUE, "Bob", "2025-03-10T09:00:00Z");
        record(rice, Rating.FALSE, "Lan", "2025-03-10T09:00:00Z");
        record(rice, Rating.HALF_TRUE, "Mai", "2025-03-10T09:00:00Z");
        // Recorded later but decided earlier (a backdated import): it is Bob's current verdict on rice, and it is
        // too old for --since, so his earlier-recorded but later-decided verdict must not stand in for it.
        record(rice, Rating.TRUE, "Bob", "2025-03-20T09:00:00Z");
        record(rice, Rating.FALSE, "Bob", "2025-02-01T09:00:00Z");

        assertThat(read(AgreementFilter.parse("b.txt", null, null, null)))
                .containsExactly("rice Bob FALSE", "rice Lan FALSE", "rice Mai HALF_TRUE");
        assertThat(read(AgreementFilter.parse(null, "2025-03-01", null, null)))
                .containsExactly("exports Bob TRUE", "exports Lan TRUE", "rice Lan FALSE", "rice Mai HALF_TRUE");
        assertThat(read(AgreementFilter.parse(null, null, "Lan, Mai", null)))
                .containsExactly("exports Lan TRUE", "rice Lan FALSE", "rice Mai HALF_TRUE");
    }

    @Test
    void claimsWhoseSentenceLeftTheSeedAreLeftOut() {
        record(rice, Rating.FALSE, "Lan", "2025-03-10T09:00:00Z");
        record(rice, Rating.FALSE, "Bob", "2025-03-10T09:00:00Z");
        record(exports, Rating.TRUE, "Lan", "2025-03-10T09:00:00Z");
        wb.writeSeed("b.txt", "Rice\nRice exports reached 9 million tonnes in 2024.\n");
        wb.ingest.ingest(wb.seedFolder);

        assertThat(read(AgreementFilter.EVERYTHING)).containsExactly("exports Lan TRUE");
    }

    @Test
    void unknownSeedsAndReviewersAreRefusedWithAHint() {
        record(exports, Rating.TRUE, "Lan", "2025-03-10T09:00:00Z");
        record(exports, Rating.FALSE, "Bob", "2025-03-10T09:00:00Z");

        assertThatThrownBy(() -> service.figures(AgreementFilter.parse("nope.txt", null, null, null)))
                .isInstanceOf(FactdeskException.class).hasMessage("seed 'nope.txt' not found; 'seeds list' lists them")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThatThrownBy(() -> service.figures(AgreementFilter.parse(null, null, "Lan,bob", null)))
                .hasMessage("--reviewers: unknown reviewer 'bob'; did you mean 'Bob'?");
        assertThatThrownBy(() -> service.figures(AgreementFilter.parse(null, null, null, "Lan,Zed")))
                .hasMessage("--pair: unknown reviewer 'Zed'; reviewers with verdicts: Bob, Lan");
        // Rows are Bob's outcomes, columns Lan's, both in scale order: TRUE, then FALSE.
        assertThat(service.figures(AgreementFilter.parse(null, null, null, "Bob,Lan")).confusion().counts())
                .containsExactly(List.of(0, 0), List.of(1, 0));
    }
}
