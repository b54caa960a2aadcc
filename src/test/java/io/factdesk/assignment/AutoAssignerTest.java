package io.factdesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AutoAssignerTest {

    private static List<AutoAssigner.Need> needs(int claims, int reviewersEach) {
        List<AutoAssigner.Need> out = new ArrayList<>();
        for (long id = 1; id <= claims; id++) {
            out.add(new AutoAssigner.Need(id, reviewersEach, Set.of()));
        }
        return out;
    }

    @Test
    void eachClaimGetsDistinctReviewersAndTheLoadIsEven() {
        var plan = AutoAssigner.assign(needs(9, 2), List.of("Lan", "Minh", "An"), Map.of());
        assertThat(plan).hasSize(9).allSatisfy((id, who) -> assertThat(who).hasSize(2).doesNotHaveDuplicates());
        Map<String, Integer> load = new HashMap<>();
        plan.values().forEach(who -> who.forEach(r -> load.merge(r, 1, Integer::sum)));
        assertThat(load).containsOnly(Map.entry("An", 6), Map.entry("Lan", 6), Map.entry("Minh", 6));
    }

    @Test
    void theSameInputGivesTheSameAssignmentWhateverTheOrderOfNames() {
        var first = AutoAssigner.assign(needs(7, 2), List.of("Lan", "Minh", "An"), Map.of("Lan", 1));
        var second = AutoAssigner.assign(needs(7, 2), List.of("An", "Lan", "Minh"), Map.of("Lan", 1));
        assertThat(second).isEqualTo(first);
        assertThat(first.get(1L)).as("the least loaded first, ties by name").containsExactly("An", "Minh");
    }

    @Test
    void neverGivesAClaimToSomeoneWhoJudgedOrHoldsIt() {
        var plan = AutoAssigner.assign(List.of(new AutoAssigner.Need(5, 2, Set.of("Lan"))), List.of("Lan", "Minh", "An"), Map.of());
        assertThat(plan.get(5L)).containsExactly("An", "Minh");
        var nobody = AutoAssigner.assign(List.of(new AutoAssigner.Need(6, 1, Set.of("Lan"))), List.of("Lan"), Map.of());
        assertThat(nobody).isEmpty();
    }

    @Test
    void existingOpenAssignmentsCountTowardsTheLoad() {
        var plan = AutoAssigner.assign(needs(2, 1), List.of("Lan", "Minh"), Map.of("Lan", 5));
        assertThat(plan.values()).containsExactly(List.of("Minh"), List.of("Minh"));
    }
}
