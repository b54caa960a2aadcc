package io.factdesk.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestClassifier;
import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimMatchService;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.db.Transactions;

/**
 * Matching after an ingest compares only what no matching has seen: a new article's claims are filed and
 * compared with the old ones around them, and nothing already matched is compared again. The stand-in model's
 * vectors count words, so a sentence with the same words in another order is a perfect match.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
class IncrementalMatchingTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    final TestClassifier model = new TestClassifier("never-said");

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir, model);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private long id(String text) {
        return wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).stream().filter(c -> c.text().equals(text))
                .map(Claim::id).findFirst().orElseThrow();
    }

    private static String article(int from, int count) {
        StringBuilder out = new StringBuilder("# Figures\n\n");
        for (int i = from; i < from + count; i++) {
            out.append("Exports of product ").append(i).append(" rose ").append(i + 3).append("% in 20")
                    .append(10 + i % 15).append(", the ministry said.\n");
        }
        return out.toString();
    }

    @Test
    void aNewArticleIsComparedWithWhatIsThereAndNothingOldIsComparedAgain() throws Exception {
        wb.writeSeed("a.md", article(0, 12));
        wb.ingest.ingest(wb.seedFolder);
        assertThat(wb.matches.unfiled(model.encoder())).as("every queue claim filed").isEmpty();
        int lists = wb.matches.centroids(model.encoder()).size();
        assertThat(lists).isEqualTo(io.factdesk.claims.VectorLists.listsFor(12));

        String restated = "Exports of product 4 rose 7% in 2014, the ministry said.";
        wb.writeSeed("b.md", "# Next day\n\nThe ministry said exports of product 4 rose 7% in 2014.\n");
        wb.ingest.ingest(wb.seedFolder);
        long old = id(restated);
        long fresh = id("The ministry said exports of product 4 rose 7% in 2014.");
        assertThat(wb.matches.matchesOf(old)).containsExactly(fresh);
        assertThat(wb.matches.matchesOf(fresh)).containsExactly(old);
        assertThat(wb.matches.centroids(model.encoder())).as("not outgrown: the same lists").hasSize(lists);

        ClaimMatchService.Update again = wb.matchService.update(model.encoder());
        assertThat(again.claimsCompared()).as("nothing new, nothing compared").isZero();

        // Matching everything afresh finds the same pairs as matching article by article.
        List<List<Long>> incremental = matchesOfAll();
        new Transactions(wb.database).inTransaction(() -> wb.matches.restart(model.encoder(), List.of()));
        ClaimMatchService.Update afresh = wb.matchService.update(model.encoder());
        assertThat(afresh.retrained()).isTrue();
        assertThat(afresh.claimsCompared()).isEqualTo(13);
        assertThat(matchesOfAll()).isEqualTo(incremental);
    }

    @Test
    void aClaimWhoseArticleIsGoneIsNoLongerOneOfTheMatchesButComesBackWithIt() throws Exception {
        wb.writeSeed("a.md", article(0, 12));
        wb.writeSeed("b.md", "# Next day\n\nThe ministry said exports of product 4 rose 7% in 2014.\n");
        wb.ingest.ingest(wb.seedFolder);
        long old = id("Exports of product 4 rose 7% in 2014, the ministry said.");
        long fresh = id("The ministry said exports of product 4 rose 7% in 2014.");
        assertThat(wb.matches.matchesOf(old)).containsExactly(fresh);

        Path b = wb.seedFolder.resolve("b.md");
        String text = Files.readString(b);
        Files.delete(b);
        wb.ingest.ingest(wb.seedFolder);
        assertThat(wb.matches.matchesOf(old)).as("its claim is stale").isEmpty();

        Files.writeString(b, text);
        wb.ingest.ingest(wb.seedFolder);
        assertThat(wb.matches.matchesOf(old)).containsExactly(fresh);
    }

    private List<List<Long>> matchesOfAll() {
        List<List<Long>> out = new ArrayList<>();
        for (Claim c : wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null))) {
            out.add(wb.matches.matchesOf(c.id()));
        }
        return out;
    }
}
