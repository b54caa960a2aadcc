package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.factdesk.claims.ClaimId;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

class VerdictRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"MOSTLY_TRUE", "mostly-true", "Mostly True", " mostly_true "})
    void ratingInputIsForgiving(String input) {
        assertThat(Rating.parse(input)).isEqualTo(Rating.MOSTLY_TRUE);
    }

    @Test
    void ratingsCarryClaimReviewValues() {
        assertThat(Rating.TRUE.ratingValue()).hasValue(5);
        assertThat(Rating.FALSE.ratingValue()).hasValue(1);
        assertThat(Rating.UNVERIFIABLE.ratingValue()).isEmpty();
        assertThat(Rating.NOT_CHECKWORTHY.isRated()).isFalse();
    }

    @Test
    void unknownRatingNamesTheChoices() {
        assertThatThrownBy(() -> Rating.parse("maybe"))
                .isInstanceOf(FactdeskException.class)
                .hasMessageContaining("unknown rating 'maybe'")
                .hasMessageContaining("MOSTLY_FALSE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org", "https://ví-dụ.vn/bài-viết",
            "HTTPS://EXAMPLE.ORG/x"})
    void acceptsHttpUrls(String url) {
        assertThat(new EvidenceUrl(url).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "/relative/path", "example.org",
            "https://exa mple.org", "ftp://example.org/x", "https://", "data:text/html,hi"})
    void refusesEverythingElse(String url) {
        assertThatThrownBy(() -> new EvidenceUrl(url))
                .isInstanceOfSatisfying(FactdeskException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageStartingWith("evidence URL");
    }

    @Test
    void refusesOverlongUrls() {
        String url = "https://example.org/" + "a".repeat(EvidenceUrl.MAX_LENGTH);
        assertThatThrownBy(() -> new EvidenceUrl(url)).hasMessageContaining("longer than 2048");
    }

    @Test
    void noteAllowsNewlinesButNotOtherControls() {
        assertThat(new Note("line one\n\tline two").value()).isEqualTo("line one\n\tline two");
        assertThatThrownBy(() -> new Note("bad \u001b[31m red")).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> new Note("x".repeat(10_001))).hasMessageContaining("at most 10000");
    }

    @Test
    void reviewerNamesAreTrimmedAndMayBeAnyScript() {
        assertThat(new ReviewerName("  Nguyễn Thị Lan ").value()).isEqualTo("Nguyễn Thị Lan");
        assertThatThrownBy(() -> new ReviewerName("   ")).hasMessage("reviewer name is empty");
        assertThatThrownBy(() -> new ReviewerName("x".repeat(101))).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> new ReviewerName("Lan\u0007")).hasMessageContaining("U+0007");
    }

    @Test
    void ratedVerdictsNeedEvidenceButOtherOutcomesDoNot() {
        ReviewerName lan = new ReviewerName("Lan");
        assertThatThrownBy(() -> new VerdictInput(new ClaimId(1), Rating.FALSE, List.of(), new Note(""), lan, null))
                .hasMessageContaining("needs at least one evidence URL");
        VerdictInput v = new VerdictInput(new ClaimId(1), Rating.UNVERIFIABLE, List.of(), null, lan,
                Instant.parse("2025-01-02T03:04:05.678901Z"));
        assertThat(v.note().value()).isEmpty();
        assertThat(v.reviewedAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05.678Z"));
    }

    @Test
    void claimIdsMustBePositiveNumbers() {
        assertThat(ClaimId.parse("#12").value()).isEqualTo(12);
        assertThatThrownBy(() -> ClaimId.parse("abc")).hasMessage("claim id must be a number, got 'abc'");
        assertThatThrownBy(() -> ClaimId.parse("0")).hasMessageContaining("positive");
    }
}
