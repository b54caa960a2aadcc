package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8TextTest {

    private static byte[] withBadByteAfter(String before) {
        byte[] text = before.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 2];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xC3; // a lead byte followed by no continuation byte
        bytes[text.length + 1] = 'x';
        return bytes;
    }

    @Test
    void validTextIsDecodedWhole() throws Exception {
        assertThat(Utf8Text.decode("Giá gạo tăng 12%.\n大米\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Giá gạo tăng 12%.\n大米\n");
        assertThat(Utf8Text.decode(new byte[0])).isEmpty();
        assertThat(Utf8Text.decode("\uFEFFclaims count\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("claims count\n");
    }

    @Test
    void aBadByteIsNamedByItsLineWhateverEndsTheLines() {
        assertThat(catchThrowableOfType(Utf8Text.Malformed.class, () -> Utf8Text.decode(withBadByteAfter(""))).line())
                .isEqualTo(1);
        assertThat(catchThrowableOfType(Utf8Text.Malformed.class, () -> Utf8Text.decode(withBadByteAfter("a\nb\nc"))).line())
                .isEqualTo(3);
        assertThat(catchThrowableOfType(Utf8Text.Malformed.class, () -> Utf8Text.decode(withBadByteAfter("a\r\nb\r\n"))).line())
                .isEqualTo(3);
        assertThat(catchThrowableOfType(Utf8Text.Malformed.class, () -> Utf8Text.decode(withBadByteAfter("a\rb\r"))).line())
                .isEqualTo(3);
    }

    @Test
    void aTruncatedSequenceAtTheEndIsRefusedToo() {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xE5, (byte) 0xA4};
        assertThat(catchThrowableOfType(Utf8Text.Malformed.class, () -> Utf8Text.decode(bytes)).line()).isEqualTo(2);
    }
}
