package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesAreShownNotInterpreted() {
        String hostile = "red \u001b[31mtext\u001b]0;title\u0007 and \u202Ereversed\r";
        String safe = TerminalText.safe(hostile);
        assertThat(safe).doesNotContain("\u001b", "\u0007", "\u202E", "\r");
        assertThat(safe).isEqualTo("red \\e[31mtext\\e]0;title\\x07 and \\u202Ereversed\\r");
    }

    @Test
    void multilineKeepsNewlinesOnly() {
        assertThat(TerminalText.safeMultiline("a\nb\u001bc")).isEqualTo("a\nb\\ec");
        assertThat(TerminalText.safe("a\nb")).isEqualTo("a\\nb");
    }

    @Test
    void plainTextIsUntouched() {
        String text = "Nguyễn Thị Lan — 决议57";
        assertThat(TerminalText.safe(text)).isSameAs(text);
    }
}
