package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sources are counted by host: two pages of one site are one source. */
class EvidenceHostTest {

    @Test
    void pagesOfOneSiteShareAHost() {
        assertThat(List.of("https://www.Stats.example.org/a", "https://stats.example.org/b?x=1", "http://stats.example.org:8080/c")
                .stream().map(EvidenceUrl::host).distinct()).containsExactly("stats.example.org");
        assertThat(EvidenceUrl.host("https://gov.example.org/decree")).isEqualTo("gov.example.org");
        assertThat(EvidenceUrl.host("https://www2.example.org/")).as("only a leading www. goes").isEqualTo("www2.example.org");
    }
}
