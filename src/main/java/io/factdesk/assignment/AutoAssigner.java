package io.factdesk.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spreads claims over reviewers so that each claim gets as many distinct reviewers as it still needs and
 * every reviewer ends with as even a load as possible. Claims are taken in id order; each goes to the
 * reviewers with the fewest claims so far (their open assignments count), ties broken by name in
 * code-point order, never to someone who has already judged it or holds it. No randomness: the same
 * claims, reviewers and loads always give the same assignment.
 */
final class AutoAssigner {

    /** A claim to place: how many more reviewers it needs, and who must not get it (judged or assigned). */
    record Need(long claimId, int reviewers, Set<String> excluded) {
    }

    private AutoAssigner() {
    }

    /** Claim id to the reviewers it goes to, in claim-id order; a claim nobody can take is left out. */
    static Map<Long, List<String>> assign(List<Need> needs, List<String> reviewers, Map<String, Integer> openLoad) {
        Map<String, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r, openLoad.getOrDefault(r, 0)));
        Comparator<String> lightestFirst = Comparator.<String>comparingInt(load::get).thenComparing(Comparator.naturalOrder());
        Map<Long, List<String>> out = new LinkedHashMap<>();
        needs.stream().sorted(Comparator.comparingLong(Need::claimId)).forEach(need -> {
            List<String> chosen = new ArrayList<>();
            List<String> candidates = reviewers.stream().filter(r -> !need.excluded().contains(r))
                    .sorted(lightestFirst).limit(need.reviewers()).toList();
            for (String r : candidates) {
                chosen.add(r);
                load.merge(r, 1, Integer::sum);
            }
            if (!chosen.isEmpty()) {
                out.put(need.claimId(), List.copyOf(chosen));
            }
        });
        return out;
    }
}
