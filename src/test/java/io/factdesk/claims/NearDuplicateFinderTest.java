package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {

    private final NearDuplicateFinder finder = new NearDuplicateFinder(NearDuplicateFinder.DEFAULT_THRESHOLD);

    @Test
    void rewordedSentencesGroupAndUnrelatedOnesDoNot() {
        Map<Long, String> texts = new LinkedHashMap<>();
        texts.put(38L, "He believes that implementing the contents of Resolution 57 is not just a responsibility but also an "
                + "opportunity for key national enterprises to assert their positions and become pivotal pillars in the "
                + "country’s national digital transformation strategy, propelling Vietnam to new heights on the global tech map.");
        texts.put(167L, "Implementing the contents of Resolution 57 is not just a responsibility but also an opportunity for key "
                + "enterprises to assert their positions and become pivotal pillars in the national digital transformation "
                + "strategy, propelling Vietnam to new heights on the global tech map.");
        texts.put(52L, "We know startups have only a 5% success rate.");
        texts.put(90L, "Resolution 57 requires party committees to include scientific officers.");
        var groups = finder.groups(texts);
        assertThat(groups).extracting(NearDuplicateFinder.Membership::claimId).containsExactlyInAnyOrder(38L, 167L);
        assertThat(groups).allSatisfy(m -> assertThat(m.groupId()).isEqualTo(38L));
        assertThat(groups).filteredOn(m -> m.claimId() == 167L).singleElement()
                .satisfies(m -> assertThat(m.similarity()).isBetween(0.5, 1.0));
    }

    @Test
    void cjkTextIsShingledByCharacters() {
        Map<Long, String> texts = new LinkedHashMap<>();
        texts.put(1L, "决议57是一个支柱性的决议,能够改变当前国家的形势。");
        texts.put(2L, "决议57是一个支柱性的决议,可以改变当前国家的形势。");
        texts.put(3L, "未来五年的VNPT商业蓝图将与过去大不相同。");
        assertThat(finder.groups(texts)).extracting(NearDuplicateFinder.Membership::claimId).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void identicalShortSentencesAreNotGroupedOnTooLittleText() {
        assertThat(finder.groups(Map.of(1L, "This is certain.", 2L, "This is certain."))).isEmpty();
    }

    @Test
    void aSentenceRepeatedAcrossManyArticlesFormsOneGroupQuickly() {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (long i = 1; i <= 5_000; i++) {
            texts.put(i, "Exports rose 12% in 2024 to a record 400 billion dollars, the ministry said on " + (i % 7 == 0 ? "Monday." : "Friday."));
        }
        var groups = finder.groups(texts);
        assertThat(groups).hasSize(5_000).allSatisfy(m -> assertThat(m.groupId()).isEqualTo(1L));
    }
}
