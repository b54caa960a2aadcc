package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    private List<String> texts(String text) {
        return segmenter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void titlesAndAbbreviationsDoNotEndSentences() {
        assertThat(texts("It's evident that Mr. To Lam signed it. Dr. Smith of the U.S. Navy agreed, e.g. on No. 57 rules."))
                .containsExactly("It's evident that Mr. To Lam signed it.",
                        "Dr. Smith of the U.S. Navy agreed, e.g. on No. 57 rules.");
    }

    @Test
    void decimalsAndRangesStayWhole() {
        assertThat(texts("Budgets average 0.3-0.4% of GDP. Growth was 3.5 points."))
                .containsExactly("Budgets average 0.3-0.4% of GDP.", "Growth was 3.5 points.");
    }

    @Test
    void listItemsAndHeadingsAreTheirOwnSentences() {
        List<Sentence> s = segmenter.split("# Key points\n- First item here\n• Second item\n1. Third item\n");
        assertThat(s).extracting(Sentence::text).containsExactly("Key points", "First item here", "Second item",
                "Third item");
        assertThat(s.get(0).heading()).isTrue();
        assertThat(s.get(1).listItem()).isTrue();
    }

    @Test
    void markdownMarkupIsStrippedButOffsetsPointAtTheOriginal() {
        String text = "Intro line.\nThe **digital transformation** of [VNPT](https://vnpt.vn) is *fast*.";
        Sentence s = segmenter.split(text).get(1);
        assertThat(s.text()).isEqualTo("The digital transformation of VNPT is fast.");
        assertThat(text.substring(s.start(), s.end())).startsWith("The **digital").endsWith("*fast*.");
        assertThat(s.line()).isEqualTo(2);
    }

    @Test
    void cjkFullStopsSplitWithoutSpaces() {
        assertThat(texts("决议57是一个支柱性的决议。我们有了决议57,需要迅速行动。"))
                .containsExactly("决议57是一个支柱性的决议。", "我们有了决议57,需要迅速行动。");
    }

    @Test
    void curlyQuotesStayWithTheirSentence() {
        assertThat(texts("He asked: “Where will the money come from?” Nobody knew."))
                .containsExactly("He asked: “Where will the money come from?”", "Nobody knew.");
    }

    @Test
    void emphasisAcrossSentencesLeavesNoStrayMarkers() {
        String text = "**Why close the clinics at night?**\n**Critics say patients will die. What do you say?**\n"
                + "She said *it was late. Very late.* Then she left.\n";
        List<Sentence> s = segmenter.split(text);
        assertThat(s).extracting(Sentence::text).containsExactly("Why close the clinics at night?",
                "Critics say patients will die.", "What do you say?", "She said it was late.", "Very late.",
                "Then she left.");
        assertThat(text.substring(s.get(0).start(), s.get(0).end())).isEqualTo("**Why close the clinics at night?**");
        assertThat(s.get(0).wholeLine()).isTrue();
    }

    @Test
    void aQuestionParagraphSetInBoldIsAnInterviewPrompt() {
        List<Sentence> s = segmenter.split("**Critics say patients will die. What do you say?**\n"
                + "Critics say patients will die. What do you say?\n**Costs rose 5%.**\n");
        assertThat(s).extracting(Sentence::prompt).containsExactly(true, true, false, false, false);
    }
}
