package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimantResolverTest {

    private final ClaimExtractor extractor = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2);

    private String claimantOf(List<ClaimCandidate> candidates, String start) {
        return candidates.stream().filter(c -> c.sentence().text().startsWith(start)).findFirst().orElseThrow().claimant();
    }

    @Test
    void interviewAnswersBelongToTheInterviewee() throws Exception {
        var candidates = extractor.extract("004.txt", Files.readString(Path.of("seeds/004_c1e14f4d7644c95f.txt")),
                "Bao Trung, Duong Trung Nam");
        String chairman = "To Dung Thai, Chairman of VNPT’s Board of Members";
        assertThat(claimantOf(candidates, "We know startups have only a 5% success rate")).isEqualTo(chairman);
        assertThat(claimantOf(candidates, "He believes that implementing")).isEqualTo(chairman);
        assertThat(claimantOf(candidates, "Mr. To Dung Thai, Chairman")).isEqualTo(chairman);
        assertThat(claimantOf(candidates, "Three: National budgets")).isEqualTo(chairman);
    }

    @Test
    void anIntervieweeIntroducedWithoutARoleAnswersAndTheInterviewerNever() {
        String interview = """
                # Q&A: Night hours at rural clinics
                Dr. Amara Silva has run the provincial health department since 2021.
                **Why close the clinics at night?**
                Last year the 14 clinics saw three patients a night between them.
                """;
        assertThat(claimantOf(extractor.extract("q.md", interview, "Tomás Reyes"), "Last year the 14 clinics"))
                .isEqualTo("Amara Silva");
        String anonymous = interview.replace("Dr. Amara Silva has", "She has");
        assertThat(claimantOf(extractor.extract("q.md", anonymous, "Tomás Reyes"), "Last year the 14 clinics")).isNull();
    }

    @Test
    void aSpeakerNamedInTheSentenceWinsAndTheBylineIsTheFallback() {
        var candidates = extractor.extract("a.md", """
                # Bridge reopens
                "We underestimated the corrosion," said deputy mayor Lars Evensen.
                A full audit will be published in September, the council confirmed.
                The bridge was closed for 19 months.
                """, "Maria Okafor");
        assertThat(claimantOf(candidates, "\"We underestimated")).isEqualTo("deputy mayor Lars Evensen");
        assertThat(claimantOf(candidates, "A full audit")).isEqualTo("the council");
        assertThat(claimantOf(candidates, "The bridge was closed")).isEqualTo("Maria Okafor");
    }
}
