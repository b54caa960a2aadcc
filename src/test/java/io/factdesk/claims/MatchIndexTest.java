package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Comparing a claim with candidates: the same text once for all its claims, the closest and oldest kept. */
class MatchIndexTest {

    private static MatchIndex.Packed claim(long id, String text, float... vector) {
        return new MatchIndex.Packed(new MatchIndex.Entry(id, text, EmbeddingCodec.encode(vector)));
    }

    @Test
    void claimsWithTheSameTextAreOneGroupAndEachMatchesTheOthersButNotItself() {
        List<MatchIndex.Packed> candidates = List.of(
                claim(7, "Exports rose 12% in 2024.", 1, 0, 0),
                claim(3, "Exports rose 12% in 2024.", 1, 0, 0),
                claim(5, "In 2024, exports grew by 12%.", 0.9f, 0.3f, 0),
                claim(9, "Exports rose 21% in 2024.", 1, 0.05f, 0),
                claim(11, "The weather was fine.", 0, 0, 1));
        List<MatchIndex.TextGroup> groups = MatchIndex.groups(candidates);
        assertThat(groups).hasSize(4);
        assertThat(groups.get(0).ids()).containsExactly(3, 7);

        List<MatchIndex.Pair> pairs = MatchIndex.matches(candidates.get(0), candidates, ClaimMatching.THRESHOLD, 20);
        assertThat(pairs).extracting(p -> p.first() == 7 ? p.second() : p.first())
                .as("the same text first, then the paraphrase; another figure and another subject never")
                .containsExactly(3L, 5L);
        assertThat(pairs.get(0).similarity()).isEqualTo(1.0);
    }

    @Test
    void atMostKeptMatchesAreKeptTheClosestFirstAndTheOldestFirstAtTheSameSimilarity() {
        List<MatchIndex.Packed> candidates = new ArrayList<>();
        for (long id = 40; id >= 1; id--) {
            candidates.add(claim(id, "Exports rose 12% in 2024.", 1, 0, 0));
        }
        candidates.add(claim(100, "In 2024, exports grew by 12%.", 0.95f, 0.2f, 0));
        MatchIndex.Packed fresh = claim(200, "In 2024 exports grew by 12 percent.", 0.95f, 0.2f, 0);
        candidates.add(fresh);
        List<MatchIndex.Pair> pairs = MatchIndex.matches(fresh, candidates, ClaimMatching.THRESHOLD, 5);
        assertThat(pairs).extracting(MatchIndex.Pair::first).containsExactly(100L, 1L, 2L, 3L, 4L);
        assertThat(pairs.get(0).similarity()).isGreaterThan(pairs.get(1).similarity());
    }
}
