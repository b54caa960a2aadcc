package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;

class GroupVerdictServiceTest {

    @TempDir
    Path dir;
    TestWorkbench wb;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        wb.writeSeed("a.txt", "Title\nThe ministry said exports rose 12% in 2024 to a record 400 billion dollars.\n");
        wb.writeSeed("b.txt", "Other title\nExports rose 12% in 2024 to a record 400 billion dollars, the ministry said.\n"
                + "Unemployment fell to 2% last year.\n");
        wb.ingest.ingest(wb.seedFolder);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private long idOf(String start) {
        return wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).stream()
                .filter(c -> c.text().startsWith(start)).map(Claim::id).findFirst().orElseThrow();
    }

    @Test
    void theSameClaimInTwoSeedsFormsAGroupAndTakesOneVerdict() {
        ClaimId a = new ClaimId(idOf("The ministry said"));
        ClaimId b = new ClaimId(idOf("Exports rose"));
        assertThat(wb.claimService.show(a).duplicates()).singleElement()
                .satisfies(d -> assertThat(d.claimId()).isEqualTo(b.value()));
        ReviewerName lan = new ReviewerName("Lan");
        wb.verdictService.record(new VerdictInput(a, Rating.MOSTLY_TRUE, List.of(new EvidenceUrl("https://stats.example.org")),
                new Note("Customs data"), lan, null));

        List<VerdictEntry> written = wb.groupVerdicts.applyToGroup(a, lan);

        assertThat(written).singleElement().satisfies(v -> {
            assertThat(v.claimId()).isEqualTo(b.value());
            assertThat(v.rating()).isEqualTo(Rating.MOSTLY_TRUE);
            assertThat(v.reviewer()).isEqualTo("Lan");
            assertThat(v.evidence()).containsExactly("https://stats.example.org");
            assertThat(v.note()).contains("Customs data", "applied from claim " + a);
        });
        assertThat(wb.groupVerdicts.applyToGroup(a, lan)).as("second run changes nothing").isEmpty();
        assertThat(wb.claimService.show(new ClaimId(idOf("Unemployment"))).duplicates()).isEmpty();
    }

    @Test
    void needsTheReviewersOwnVerdict() {
        ClaimId a = new ClaimId(idOf("The ministry said"));
        assertThatThrownBy(() -> wb.groupVerdicts.applyToGroup(a, new ReviewerName("Bob")))
                .hasMessage("claim " + a + " has no verdict by Bob to apply");
    }
}
