package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.factdesk.support.ShellStyle;

class VerdictTextRendererTest {

    @ParameterizedTest
    @CsvSource({"TRUE, 32", "MOSTLY_TRUE, 32", "HALF_TRUE, 33", "MOSTLY_FALSE, 31", "FALSE, 31",
            "UNVERIFIABLE, 36", "NOT_CHECKWORTHY, 36"})
    void aRatingIsShownInItsColourOnAColourTerminal(Rating rating, String code) {
        assertThat(VerdictTextRenderer.rating(rating, new ShellStyle(true)))
                .isEqualTo("\033[" + code + "m" + rating.name() + "\033[0m");
    }

    @Test
    void aRatingIsPlainWithoutColourAndNoRatingIsADash() {
        assertThat(VerdictTextRenderer.rating(Rating.HALF_TRUE, ShellStyle.PLAIN)).isEqualTo("HALF_TRUE");
        assertThat(VerdictTextRenderer.rating(null, new ShellStyle(true))).isEqualTo("-");
    }
}
