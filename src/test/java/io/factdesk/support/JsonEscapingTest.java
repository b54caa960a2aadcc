package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every JSON output goes through one mapper; what it writes must be safe in a script element and on a terminal. */
class JsonEscapingTest {

    private static String write(String text) {
        StringWriter out = new StringWriter();
        Json.write(Map.of("t", text), out);
        return out.toString();
    }

    @Test
    void controlAndFormatCharactersOfEveryRangeAreEscapes() {
        String json = write("a\u001b]0;x\u0007 \u009b31m \u0085 \u202e \u200b </script> & <!--");
        assertThat(json).doesNotContain("\u001b", "\u0007", "\u009b", "\u0085", "\u202e", "\u200b", "<", ">", "&");
        assertThat(json).contains("\\u009B", "\\u0085", "\\u202E", "\\u003C/script\\u003E");
        assertThat(Json.MAPPER.readTree(json).get("t").asString())
                .as("read back as the same text").isEqualTo("a\u001b]0;x\u0007 \u009b31m \u0085 \u202e \u200b </script> & <!--");
    }

    @Test
    void codePointsBeyondTheBasicPlaneAreEscapedUnambiguously() {
        assertThat(TerminalText.codePointEscape(0xE0001)).isEqualTo("\\u{E0001}");
        assertThat(TerminalText.codePointEscape(0x200B)).isEqualTo("\\u200B");
    }
}
