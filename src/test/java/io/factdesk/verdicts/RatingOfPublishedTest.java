package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A published fact-check's rating read onto our scale, to reuse it: by its name when it is ours, else its number. */
class RatingOfPublishedTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "Mostly false, null, MOSTLY_FALSE",
            "MOSTLY_TRUE, 0.0, MOSTLY_TRUE",        // the name wins over a number that says otherwise
            "half-true, null, HALF_TRUE",
            "False, 1.0, FALSE",
            "Exaggerated, 0.25, MOSTLY_FALSE",
            "Misleading, 0.4, HALF_TRUE",          // 1 + 4 x 0.4 = 2.6: the nearest step is 3
            "Pants on fire, 0.0, FALSE",
            "null, 1.0, TRUE",
            "null, 0.6, HALF_TRUE",                // 3.4
            "null, 0.65, MOSTLY_TRUE",             // 3.6
    })
    void readsOntoOurScale(String name, Double normalised, Rating expected) {
        assertThat(Rating.ofPublished(name, normalised)).contains(expected);
    }

    @Test
    void aNameOfOursWithNoPlaceOnTheScaleOrNoNumberGivesNothingToReuse() {
        assertThat(Rating.ofPublished("Misleading", null)).isEmpty();
        assertThat(Rating.ofPublished("Unverifiable", null)).as("not a rated outcome").isEmpty();
        assertThat(Rating.ofPublished(null, null)).isEmpty();
        assertThat(Rating.ofPublished("", 1.5)).as("off its own scale").isEmpty();
    }
}
