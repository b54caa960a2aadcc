package io.factdesk.claims;

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
import io.factdesk.TestEngine;

/** Full-text search (SQLite FTS5) and the review queue's filters, on a real database. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class ClaimSearchAndFilterTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024, the ministry said. Café owners expect tourism to double by 2030.\n");
        wb.writeSeed("b.txt", "Other\nThe law requires 3% of the budget for science.\n");
        wb.ingest.ingest(wb.seedFolder);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private List<String> texts(ClaimQuery q) {
        return wb.claims.list(q).stream().map(Claim::text).toList();
    }

    private ClaimQuery query(ClaimType type, Double minScore, String search) {
        return new ClaimQuery(StatusFilter.ALL, null, type, minScore, search, ClaimQuery.NO_LIMIT, 0);
    }

    @Test
    void searchMatchesAllWordsIgnoringCaseAndAccents() {
        assertThat(texts(query(null, null, "EXPORTS ministry"))).containsExactly("Exports rose 12% in 2024, the ministry said.");
        assertThat(texts(query(null, null, "cafe"))).singleElement().asString().startsWith("Café owners");
        assertThat(texts(query(null, null, "sci*"))).singleElement().asString().startsWith("The law requires");
        assertThat(texts(query(null, null, "exports budget"))).isEmpty();
    }

    /** Both engines break words at every character that is not a letter or a digit, as SQLite's index does. */
    @Test
    void numbersAndCodesAreFoundTheSameOnBothEngines() {
        wb.writeSeed("c.txt", "Networks\nThe 5G/6G rollout took 2-3 years and cost 0.4% of GDP, per https://stats.example.org/x_y.\n");
        wb.ingest.ingest(wb.seedFolder);
        for (String search : new String[] {"6G", "5g", "2 3", "3 years", "0.4", "4 GDP", "stats example", "x_y"}) {
            assertThat(texts(query(null, null, search))).as(search).singleElement().asString().startsWith("The 5G/6G rollout");
        }
    }

    /** One folding on both engines (SearchText): letters such as đ and ß, full-width forms, non-ASCII punctuation. */
    @Test
    void wordsBeyondAsciiAreFoundTheSameOnBothEngines() {
        wb.writeSeed("d.txt", "Vùng\nĐồng bằng Đà Nẵng mất 40% diện tích theo “VNPT’s” báo cáo năm 2024.\n"
                + "Die Straße nach Köln kostet １２３ Millionen Euro, sagt die Œuvre-Stiftung.\n"
                + "सरकार ने कहा कि हिन्दी भाषी राज्यों में 2024 में 12% वृद्धि हुई।\n");
        wb.ingest.ingest(wb.seedFolder);
        for (String search : new String[] {"dong", "da nang", "ĐÀ NẴNG", "vnpt", "VNPT s"}) {
            assertThat(texts(query(null, null, search))).as(search).singleElement().asString().startsWith("Đồng bằng");
        }
        for (String search : new String[] {"strasse", "straße", "123", "１２３", "oeuvre stiftung", "koln", "Mill*"}) {
            assertThat(texts(query(null, null, search))).as(search).singleElement().asString().startsWith("Die Straße");
        }
        assertThat(texts(query(null, null, "हिन्दी"))).singleElement().asString().startsWith("सरकार");
        assertThat(texts(query(null, null, "dong* 2024"))).singleElement().asString().startsWith("Đồng bằng");
    }

    @Test
    void searchTextIsNeverFts5Syntax() {
        assertThat(texts(query(null, null, "\"law\" OR NEAR(budget"))).isEmpty();
        assertThatThrownBy(() -> texts(query(null, null, "*** ((("))).hasMessageContaining("has no words");
    }

    @Test
    void filtersNarrowTheQueue() {
        assertThat(texts(query(ClaimType.PREDICTION, null, null))).singleElement().asString().startsWith("Café owners");
        var pendingPolicy = new ClaimQuery(StatusFilter.PENDING, "b.txt", ClaimType.STATISTIC, 0.5, null, ClaimQuery.NO_LIMIT, 0);
        assertThat(wb.claims.nextPending(pendingPolicy, List.of())).map(Claim::text)
                .hasValue("The law requires 3% of the budget for science.");
        assertThat(wb.claims.nextPending(pendingPolicy.withStatus(StatusFilter.PENDING), List.of(
                wb.claims.nextPending(pendingPolicy, List.of()).orElseThrow()))).isEmpty();
        assertThatThrownBy(() -> query(null, 1.5, null)).hasMessageContaining("--min-score must be between 0 and 1");
    }

    @Test
    void claimsSearchPagesInClaimIdOrderAndHonoursStatusAndSeed() {
        List<Claim> all = wb.claims.search(new ClaimQuery(StatusFilter.ALL, null, null, null, "the", ClaimQuery.NO_LIMIT, 0));
        assertThat(all).extracting(Claim::id).hasSizeGreaterThanOrEqualTo(2).isSorted();
        assertThat(wb.claims.search(new ClaimQuery(StatusFilter.ALL, null, null, null, "the", 1, 1)))
                .extracting(Claim::id).containsExactly(all.get(1).id());
        assertThat(wb.claims.search(new ClaimQuery(StatusFilter.ALL, "b.txt", null, null, "the", ClaimQuery.NO_LIMIT, 0)))
                .extracting(Claim::seedName).containsOnly("b.txt").isNotEmpty();
        assertThat(wb.claims.search(new ClaimQuery(StatusFilter.STALE, null, null, null, "the", ClaimQuery.NO_LIMIT, 0)))
                .isEmpty();
    }

    @Test
    void countsAddUpPerStatusWithAndWithoutASeed() {
        int all = wb.claims.count(ClaimQuery.of(StatusFilter.ALL, null));
        int perStatus = 0;
        for (StatusFilter f : List.of(StatusFilter.PENDING, StatusFilter.REVIEWED, StatusFilter.HELD, StatusFilter.STALE)) {
            perStatus += wb.claims.count(ClaimQuery.of(f, null));
        }
        assertThat(all).isEqualTo(perStatus).isEqualTo(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).size());
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.ALL, "b.txt")))
                .isEqualTo(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, "b.txt")).size()).isLessThan(all);
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.ALL, "nope.txt"))).isZero();
    }

    @Test
    void theQueueMovesOnFromTheClaimOnScreenAndWrapsAroundToClaimsLeftBehind() {
        ClaimQuery pending = ClaimQuery.of(StatusFilter.PENDING, null);
        List<Claim> queue = wb.claims.list(pending);
        assertThat(queue).hasSizeGreaterThanOrEqualTo(3);
        assertThat(wb.claims.nextPending(pending, List.of(), queue.get(0))).map(Claim::id).hasValue(queue.get(1).id());
        // across seeds: from the last claim of a.txt to the first of b.txt
        Claim lastOfA = queue.stream().filter(c -> c.seedName().equals("a.txt")).reduce((x, y) -> y).orElseThrow();
        Claim firstOfB = queue.stream().filter(c -> c.seedName().equals("b.txt")).findFirst().orElseThrow();
        assertThat(wb.claims.nextPending(pending, List.of(), lastOfA)).map(Claim::id).hasValue(firstOfB.id());
        // from the end back to the top, leaving out what was skipped
        Claim last = queue.get(queue.size() - 1);
        assertThat(wb.claims.nextPending(pending, List.of(queue.get(0)), last)).map(Claim::id)
                .hasValue(queue.get(1).id());
        // back on the first claim after skipping the second: the skipped one ahead is still left out
        assertThat(wb.claims.nextPending(pending, List.of(queue.get(1)), queue.get(0))).map(Claim::id)
                .hasValue(queue.get(2).id());
    }

    @Test
    void aReviewersNextClaimLeavesOutTheSkippedOnesAheadAndWrapsAroundToThoseNotSkipped() {
        ClaimQuery pending = ClaimQuery.of(StatusFilter.PENDING, null);
        List<Claim> queue = wb.claims.list(pending);
        assertThat(queue).hasSize(3);
        ReviewerTurn turn = new ReviewerTurn("Lan", "holder-1", java.time.Instant.parse("2026-01-01T00:00:00Z"), false);
        Claim last = queue.get(queue.size() - 1);
        assertThat(wb.claims.nextFor(pending, turn, List.of(), queue.get(0))).map(Claim::id).hasValue(queue.get(1).id());
        assertThat(wb.claims.nextFor(pending, turn, List.of(queue.get(1)), queue.get(0))).map(Claim::id)
                .as("skipped ahead").hasValue(queue.get(2).id());
        assertThat(wb.claims.nextFor(pending, turn, List.of(queue.get(0)), queue.get(1))).map(Claim::id)
                .as("skipped behind, moving on").hasValue(queue.get(2).id());
        assertThat(wb.claims.nextFor(pending, turn, List.of(queue.get(0)), last)).map(Claim::id)
                .as("wrapped round past a skipped one").hasValue(queue.get(1).id());
        assertThat(wb.claims.nextFor(pending, turn, queue, last)).as("everything skipped").isEmpty();
    }
}
