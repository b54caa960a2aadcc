package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsCaseAndLettersTypedWithoutTheirStrokeAreFolded() {
        assertThat(SearchText.fold("Đà Nẵng, ĐỒNG")).isEqualTo("da nang dong");
        assertThat(SearchText.fold("Straße Œuvre Ærø Łódź Þór")).isEqualTo("strasse oeuvre aero lodz thor");
        assertThat(SearchText.fold("ΆΘΗΝΑ")).isEqualTo("αθηνα");
    }

    @Test
    void compatibilityFormsBecomeTheirPlainLetters() {
        assertThat(SearchText.fold("１２３ ＶＮＰＴ ﬁnance ②")).isEqualTo("123 vnpt finance 2");
    }

    @Test
    void everyCharacterThatIsNotALetterDigitOrMarkIsOneBreak() {
        assertThat(SearchText.fold("“VNPT’s” 5G/6G—2-3 … 0.4%")).isEqualTo("vnpt s 5g 6g 2 3 0 4");
        assertThat(SearchText.fold("  ¿¡ !! ")).isEmpty();
    }

    @Test
    void aVeryLongWordIsCutSoThatEveryEngineIndexesIt() {
        String run = "北京市政府表示".repeat(60);
        assertThat(SearchText.fold(run + " 2023")).isEqualTo(run.substring(0, SearchText.LONGEST_WORD) + " 2023");
        assertThat(SearchText.fold("Ёлка")).isEqualTo("елка");
    }

    @Test
    void marksThatArePartOfALetterStay() {
        assertThat(SearchText.fold("हिन्दी")).isEqualTo("हिन्दी");
        assertThat(SearchText.fold("한국어 東京都")).isEqualTo("한국어 東京都");
    }
}
