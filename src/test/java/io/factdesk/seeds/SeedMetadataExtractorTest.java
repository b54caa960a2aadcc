package io.factdesk.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedMetadataExtractorTest {

    private final SeedMetadataExtractor extractor = new SeedMetadataExtractor();

    @Test
    void markdownArticleWithBylineAndWrittenDate() {
        SeedMetadata m = extractor.extract("""
                # Harbour bridge reopens two months late

                *By Maria Okafor* · 14 March 2024

                The bridge reopened on Tuesday.
                Source: https://news.example.org/bridge
                """);
        assertThat(m.title()).isEqualTo("Harbour bridge reopens two months late");
        assertThat(m.byline()).isEqualTo("Maria Okafor");
        assertThat(m.publishedOn()).isEqualTo("2024-03-14");
        assertThat(m.publishedText()).isEqualTo("By Maria Okafor · 14 March 2024");
        assertThat(m.sourceUrl()).isEqualTo("https://news.example.org/bridge");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void numericDatesAreDayFirstAndLongFirstLinesAreCutAtAWord() {
        SeedMetadata m = extractor.extract("word ".repeat(40) + "\nContent: Bao Trung\n05/02/2025 – 07:56\n");
        assertThat(m.publishedOn()).isEqualTo("2025-02-05");
        assertThat(m.byline()).isEqualTo("Bao Trung");
        assertThat(m.title()).endsWith("word…").hasSizeLessThanOrEqualTo(120);
    }

    @Test
    void aDatelineOpeningTheFirstParagraphGivesTheDate() {
        SeedMetadata m = extractor.extract("""
                # Government presents plan to train 50,000 chip engineers by 2030

                **Hanoi, 18/06/2025** – The Ministry of Science and Technology on Tuesday presented a plan to train engineers.
                """);
        assertThat(m.publishedOn()).isEqualTo("2025-06-18");
        assertThat(m.publishedText()).isEqualTo("Hanoi, 18/06/2025");
        assertThat(extractor.extract("# Title\n\nThe plan, signed on 18/06/2025 in Hanoi, runs to 2030 – and beyond, officials said.")
                .publishedOn()).as("a date in a long body sentence is not a dateline").isNull();
    }

    @Test
    void aBylineMayNameTheKindOfPiece() {
        assertThat(extractor.extract("# Q&A\n\nInterview by Tomás Reyes · 2 October 2025\n").byline()).isEqualTo("Tomás Reyes");
        assertThat(extractor.extract("# Q&A\n\nPhotos by Quyet Thang\n").byline()).isNull();
    }

    @Test
    void languageFollowsTheMainScript() {
        assertThat(extractor.extract("Nghị quyết 57 là rường cột để thay đổi tình hình đất nước của chúng ta.").language())
                .isEqualTo("vi");
        assertThat(extractor.extract("决议57是一个支柱性的决议，能够改变当前国家的形势。").language()).isEqualTo("zh");
    }
}
