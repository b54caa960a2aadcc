package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
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
        assertThatThrownBy(() -> new EvidenceUrl(url)).hasMessageContaining("at most 2048");
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
    void oneNameTypedInNfcAndNfdIsOneReviewer() {
        String nfc = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(new ReviewerName(nfd)).isEqualTo(new ReviewerName(nfc));
        assertThat(new ReviewerName(nfd).value()).isEqualTo(nfc);
        assertThat(ReviewerName.same(nfd, nfc)).as("names already in the log compare the same way").isTrue();
    }

    @Test
    void spacesOfEveryKindAreOneSpaceAndTrimmed() {
        assertThat(new ReviewerName("\u00A0Nguyễn\u00A0\u3000 Lan\u200B\u3164").value()).isEqualTo("Nguyễn Lan");
        assertThat(new ReviewerName("Nguyễn\u00A0Lan")).isEqualTo(new ReviewerName("Nguyễn  Lan"));
        assertThatThrownBy(() -> new ReviewerName("\u3000\u2003")).hasMessage("reviewer name is empty");
    }

    /** Whitespace, Default_Ignorable format characters, Hangul fillers and the braille blank all render as nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u3164", "\u200B", "\u2800", "\u115F", "\uFFA0", "\u1160", "\u200D",
            "\u200D\u200D\u200D", "\u200C", "\uFEFF", "\u2060", "\u00AD", "\u2800\u3164 \u00A0",
            "\uFE0F", "\u0301", "\u202E"})
    void namesWithNothingVisibleAreRefused(String name) {
        assertThatThrownBy(() -> new ReviewerName(name))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageStartingWith("reviewer name has no visible characters, only U+")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lan\u3164Anh", "Lan\u200BAnh", "Lan\u2800Anh", "Lan\u202EAnh", "Lan \u200D Anh"})
    void anInvisibleCharacterInsideANameIsRefused(String name) {
        assertThatThrownBy(() -> new ReviewerName(name)).hasMessageContaining("contains the invisible character U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "Lan \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
            "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
            "\u0645\u06CC\u200C\u0631\u0648\u0632", "\u0915\u094D\u200D\u0937", "\u2764\uFE0F Lan"})
    void emojiSequencesAndJoinersInsideWordsAreAccepted(String name) {
        assertThat(new ReviewerName(name).value()).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));
    }

    @Test
    void lengthsAreCountedInCodePoints() {
        String emoji = "\uD83D\uDE00";
        assertThat(new ReviewerName(emoji.repeat(100)).value()).hasSize(200);
        assertThatThrownBy(() -> new ReviewerName(emoji.repeat(101))).hasMessage("reviewer name is 101 characters; at most 100");
        assertThat(new Note(emoji.repeat(5_001)).value()).hasSize(10_002);
        assertThat(new Note(emoji.repeat(10_000)).value().codePointCount(0, 20_000)).isEqualTo(10_000);
        assertThatThrownBy(() -> new Note(emoji.repeat(10_001))).hasMessage("note is 10001 characters; at most 10000");
        assertThatThrownBy(() -> new Note(emoji + "\u0007")).hasMessageContaining("U+0007 at position 2");
        String url = "https://example.org/" + "\u00E9".repeat(EvidenceUrl.MAX_LENGTH - 20);
        assertThat(new EvidenceUrl(url).value()).isEqualTo(url);
        assertThatThrownBy(() -> new EvidenceUrl(url + emoji)).hasMessageContaining("is 2049 characters; at most 2048");
    }

    @Test
    void notesAreStoredInNfcSoTheSameWordsAreTheSameNote() {
        String nfd = Normalizer.normalize("Số liệu đúng", Normalizer.Form.NFD);
        assertThat(new Note(nfd).value()).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        ReviewerName lan = new ReviewerName("Lan");
        VerdictInput a = new VerdictInput(new ClaimId(1), Rating.UNVERIFIABLE, List.of(), new Note(nfd), lan, null);
        VerdictInput b = new VerdictInput(new ClaimId(1), Rating.UNVERIFIABLE, List.of(),
                new Note(Normalizer.normalize(nfd, Normalizer.Form.NFC)), new ReviewerName(Normalizer.normalize("Lan", Normalizer.Form.NFD)), null);
        assertThat(VerdictKey.of(a)).as("the import's duplicate key").isEqualTo(VerdictKey.of(b));
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
