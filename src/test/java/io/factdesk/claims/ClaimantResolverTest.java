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

    /**
     * Who is credited with a sentence standing alone in an article with no byline: a person named as its speaker,
     * or nobody. A person the sentence only mentions is never its claimant, and a claimant is a name (with a
     * role where the text gives one), never a clause.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "It’s evident that the Party’s General Secretary, Mr. To Lam, signed this resolution, and it will be"
                    + " implemented down to party members. |",
            "Mr. Tran Hung, signed the contract on Monday. |",
            "Dr. Amara Silva, who has run the department since 2021, closed three clinics. |",
            "Mr. To Dung Thai, Chairman of VNPT’s Board of Members, evaluates Resolution 57 as a strategic roadmap."
                    + " | To Dung Thai, Chairman of VNPT’s Board of Members",
            "Ms. Le Thi Hoa, deputy mayor of Hue, opened the bridge in 2024. | Le Thi Hoa, deputy mayor of Hue",
            "\"We underestimated the corrosion,\" said deputy mayor Lars Evensen. | deputy mayor Lars Evensen",
            "Prof. Nguyen Van An, who led the study, said the results were clear. | Nguyen Van An",
            "Yesterday Tran Van Ba said the plant closed. | Tran Van Ba",
            "In Hanoi, Le Minh Tuan said prices rose 4%. | Le Minh Tuan",
            "And Hillary Clinton said that's OK. | Hillary Clinton",
            "A full audit will be published in September, the council confirmed. | the council",
            "The Council said fares rise 10% in May. | the council",
            "The CBO says the deficit will reach $1 trillion. |",
            "And I've said mistakes were made. |",
            "The bridge was closed for 19 months. |",
    })
    void claimantsAreSpeakersNamedInTheSentenceOrNobody(String sentence, String expected) {
        List<ClaimCandidate> candidates = extractor.extract("a.txt", "Title\n" + sentence + "\n", null);
        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(1).claimant()).isEqualTo(expected);
    }

    @Test
    void theToLamSentenceInTheInterviewIsTheIntervieweesAndReasonsQuoteWholeNames() throws Exception {
        var candidates = extractor.extract("004.txt", Files.readString(Path.of("seeds/004_c1e14f4d7644c95f.txt")),
                "Bao Trung, Duong Trung Nam");
        assertThat(claimantOf(candidates, "It’s evident that the Party’s General Secretary, Mr. To Lam"))
                .isEqualTo("To Dung Thai, Chairman of VNPT’s Board of Members");
        assertThat(candidates).extracting(ClaimCandidate::claimant).filteredOn(java.util.Objects::nonNull)
                .allSatisfy(c -> assertThat(c).doesNotContain("signed"));
        assertThat(candidates.stream().filter(c -> c.sentence().text().startsWith("Mr. To Dung Thai, Chairman"))
                .findFirst().orElseThrow().assessment().reasons())
                .contains("named person or organisation in a role: \"Mr. To Dung Thai\"");
    }
}
