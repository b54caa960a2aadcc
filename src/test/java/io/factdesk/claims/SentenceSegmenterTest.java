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
    void aWebAddressWithAQueryStaysInItsSentence() {
        assertThat(texts("The ministry (https://example.gov/report?year=2024&q=Export!now) says exports rose 12%. See www.stats.example/a?b=1 too."))
                .containsExactly("The ministry (https://example.gov/report?year=2024&q=Export!now) says exports rose 12%.",
                        "See www.stats.example/a?b=1 too.");
        assertThat(texts("Is it true?Nobody knows.")).as("a break inside a word that is not an address stays")
                .containsExactly("Is it true?", "Nobody knows.");
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

    /**
     * Hostile text: each of these once threw StackOverflowError (a regex group repeated per "1,") or took time
     * growing with the square of its length ("A. " merged one initial at a time; an unclosed "**", "*" or "[a]("
     * scanned to the end of the line from every marker). Each is run on a thread with a small stack, and must come
     * back with the text whole in one sentence; how long they take is measured by hand, not here.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "'1,'   | 3000", "'1.'   | 3000", "'1,'   | 20000", "'A. '  | 20000", "'A. '  | 40000",
            "'**a ' | 20000", "'*a '  | 20000", "'[a](' | 20000", "'![a'  | 20000", "'Ab '  | 20000",
            "'AAAA' | 20000", "'no '  | 20000", "'一'    | 20000"})
    void pathologicalTextIsExtractedWithoutDeepRecursion(String unit, int times) throws Exception {
        String line = "Said " + unit.repeat(times);
        List<ClaimCandidate>[] result = new List[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = new ClaimExtractor(segmenter, new CheckWorthinessScorer(), 0.2).extract("x.txt", "Title\n" + line);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "extract", 256 * 1024);
        worker.start();
        worker.join();

        assertThat(failure[0]).isNull();
        List<ClaimCandidate> candidates = result[0];
        assertThat(candidates.get(0).sentence().text()).isEqualTo("Title");
        int total = candidates.stream().skip(1).mapToInt(c -> c.sentence().end() - c.sentence().start()).sum();
        assertThat(total).as("the line is covered, give or take markup and spaces between sentences")
                .isBetween(line.strip().length() * 3 / 4, line.length());
        assertThat(candidates).allSatisfy(c -> assertThat(c.assessment().score()).isBetween(0.0, 1.0));
    }

    @Test
    void aRunOfInitialsIsOneSentence() {
        assertThat(texts("Said " + "A. ".repeat(20_000))).singleElement()
                .satisfies(t -> assertThat(t).startsWith("Said A. A. ").endsWith("A. A."));
        assertThat(SentenceSegmenter.endsWithAbbreviation("met (Mr.", 0, "met (Mr.".length())).isTrue();
        assertThat(SentenceSegmenter.endsWithAbbreviation("the U.S.A. ", 0, "the U.S.A. ".length())).isTrue();
        assertThat(SentenceSegmenter.endsWithAbbreviation("it rose 5%.", 0, "it rose 5%.".length())).isFalse();
        assertThat(SentenceSegmenter.endsWithAbbreviation("", 0, "".length())).isFalse();
    }
}
