package io.factdesk.verdicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/**
 * Invisible format characters (Unicode Cf) in an evidence URL: U+202E makes ".../fdp.exe" read
 * ".../exe.pdf" in a report. The same rule serves verdict, import, the review prompt and every link a
 * report makes.
 */
class EvidenceUrlFormatCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u202A", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F",
            "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"})
    void everyInvisibleFormatCharacterIsRefusedWithItsCodePoint(String format) {
        String url = "https://example.org/files/" + format + "fdp.exe";
        String code = String.format("U+%04X", (int) format.charAt(0));
        assertThat(EvidenceUrl.problem(url)).contains(code).doesNotContain("\n");
        assertThatThrownBy(() -> new EvidenceUrl(url))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageStartingWith("evidence URL 'https://example.org/files/")
                .hasMessageContaining(code)
                .hasMessageNotContaining(format);
    }

    @Test
    void inTheHostTooAndBeyondTheBasicPlane() {
        assertThat(EvidenceUrl.problem("https://exa\u200Bmple.org/a")).contains("U+200B");
        String tag = "https://example.org/" + new String(Character.toChars(0xE0001)) + "x";
        assertThat(EvidenceUrl.problem(tag)).contains("U+E0001");
        assertThatThrownBy(() -> new EvidenceUrl(tag)).hasMessageContaining("\\u{E0001}x").hasMessageNotContaining("\\uE0001");
    }

    @Test
    void ordinaryInternationalUrlsStillPass() {
        assertThat(EvidenceUrl.problem("https://ví-dụ.vn/bài-viết")).isNull();
        assertThat(EvidenceUrl.problem("https://example.org/%E2%80%AE")).as("percent-encoded is visible").isNull();
        assertThat(EvidenceUrl.problem("https://ar.example.org/مقالة")).isNull();
    }

    @Test
    void parseAllRefusesTheWholeValue() {
        assertThatThrownBy(() -> EvidenceUrl.parseAll(java.util.List.of("https://a.example.org https://b.example.org/\u202Eexe")))
                .hasMessageContaining("U+202E");
    }
}
