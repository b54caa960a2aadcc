package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.TestEngine;

@ParameterizedClass
@EnumSource(TestEngine.class)
class GroupVerdictServiceTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
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
        assertThat(wb.claimViews.show(a).duplicates()).singleElement()
                .satisfies(d -> assertThat(d.claimId()).isEqualTo(b.value()));
        ReviewerName lan = new ReviewerName("Lan");
        wb.verdictService.record(new VerdictInput(a, Rating.MOSTLY_TRUE, List.of(new EvidenceUrl("https://stats.example.org")),
                new Note("Customs data"), lan, null));

        List<VerdictEntry> written = wb.groupVerdicts.applyToGroup(a, lan).written();

        assertThat(written).singleElement().satisfies(v -> {
            assertThat(v.claimId()).isEqualTo(b.value());
            assertThat(v.rating()).isEqualTo(Rating.MOSTLY_TRUE);
            assertThat(v.reviewer()).isEqualTo("Lan");
            assertThat(v.evidence()).containsExactly("https://stats.example.org");
            assertThat(v.note()).as("the note is copied as it is").isEqualTo("Customs data");
            assertThat(v.appliedFromClaimId()).isEqualTo(a.value());
        });
        assertThat(wb.groupVerdicts.applyToGroup(a, lan).written()).as("second run changes nothing").isEmpty();
        assertThat(wb.claimViews.show(new ClaimId(idOf("Unemployment"))).duplicates()).isEmpty();
    }

    @Test
    void aPublishedNearDuplicateIsLeftAloneAndSaidSo() {
        ClaimId a = new ClaimId(idOf("The ministry said"));
        ClaimId b = new ClaimId(idOf("Exports rose"));
        ReviewerName minh = new ReviewerName("Minh");
        wb.verdictService.record(new VerdictInput(b, Rating.TRUE, List.of(new EvidenceUrl("https://a.example.org")),
                new Note("ok"), minh, null));
        wb.desk.approve(b, new Note(""), new ReviewerName("Hà"));
        ReviewerName lan = new ReviewerName("Lan");
        wb.verdictService.record(new VerdictInput(a, Rating.FALSE, List.of(new EvidenceUrl("https://stats.example.org")),
                new Note("Customs data"), lan, null));

        GroupVerdictService.Applied applied = wb.groupVerdicts.applyToGroup(a, lan);

        assertThat(applied.written()).isEmpty();
        assertThat(applied.published()).containsExactly(b.value());
        assertThat(wb.verdictService.history(b)).hasSize(1);
    }

    /** The link to the source is a field of the entry, not text added to the note, so the longest note still applies. */
    @Test
    void aNoteOfTheFullLengthIsAppliedUnchangedWithTheSourceEntryLinked() {
        ClaimId a = new ClaimId(idOf("The ministry said"));
        ClaimId b = new ClaimId(idOf("Exports rose"));
        ReviewerName lan = new ReviewerName("Lan");
        String note = "\uD83D\uDE00".repeat(2_000) + "x".repeat(Note.MAX_LENGTH - 2_000);
        VerdictEntry source = wb.verdictService.record(new VerdictInput(a, Rating.FALSE,
                List.of(new EvidenceUrl("https://stats.example.org")), new Note(note), lan, null));

        List<VerdictEntry> written = wb.groupVerdicts.applyToGroup(a, lan).written();

        assertThat(written).singleElement().satisfies(v -> {
            assertThat(v.note()).isEqualTo(note);
            assertThat(v.appliedFromId()).isEqualTo(source.id());
            assertThat(v.appliedFromClaimId()).isEqualTo(a.value());
        });
        VerdictEntry copy = wb.verdictService.history(b).get(0);
        assertThat(copy.appliedFromId()).as("read back from the log").isEqualTo(source.id());
        VerdictJson json = VerdictJson.of(copy);
        assertThat(json.appliedFrom()).isEqualTo(source.id());
        assertThat(json.appliedFromClaim()).isEqualTo(a.value());
        assertThat(io.factdesk.support.Json.write(json)).contains("\"appliedFrom\" : " + source.id(),
                "\"appliedFromClaim\" : " + a.value());
        java.io.StringWriter text = new java.io.StringWriter();
        VerdictTextRenderer.entry(copy, new java.io.PrintWriter(text));
        assertThat(text.toString()).contains("applied from claim " + a + " (entry " + source.id() + ")");
        assertThat(VerdictJson.of(source).appliedFrom()).isNull();
    }

    @Test
    void needsTheReviewersOwnVerdict() {
        ClaimId a = new ClaimId(idOf("The ministry said"));
        assertThatThrownBy(() -> wb.groupVerdicts.applyToGroup(a, new ReviewerName("Bob")))
                .hasMessage("claim " + a + " has no verdict by Bob to apply");
    }
}
