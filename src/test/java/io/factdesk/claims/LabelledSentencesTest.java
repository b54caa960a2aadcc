package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.support.FactdeskException;

class LabelledSentencesTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("labels.tsv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theHeaderIsSkippedAndEachRowReadInOrder() throws Exception {
        LabelledSentences read = LabelledSentences.read(file("Sentence_id\tText\tclass_label\n1\tPrices rose 4%.\tYes\n\n2\tHello.\tno\n"));
        assertThat(read.texts()).containsExactly("Prices rose 4%.", "Hello.");
        assertThat(read.labels()).containsExactly(true, false);
    }

    @Test
    void aFileThatStartsWithItsFirstSentenceLosesNone() throws Exception {
        LabelledSentences read = LabelledSentences.read(file("1\tPrices rose 4%.\tYes\n2\tHello.\tNo\n"));
        assertThat(read.texts()).containsExactly("Prices rose 4%.", "Hello.");
    }

    @Test
    void aRowOfTheWrongShapeIsNamedByItsLineAndSaysWhatIsWrong() throws Exception {
        Path extra = file("id\ttext\tlabel\n1\tPrices rose 4%.\tYes\n2\tHello.\tNo\t3\tmore\n");
        assertThatThrownBy(() -> LabelledSentences.read(extra)).isInstanceOf(FactdeskException.class)
                .hasMessage(extra + ":3: 5 tab-separated columns; needs three: id, text, label");
        Path label = file("id\ttext\tlabel\n1\tPrices rose 4%.\tMaybe\n");
        assertThatThrownBy(() -> LabelledSentences.read(label)).hasMessage(label + ":2: label 'Maybe' is not Yes or No");
    }

    @Test
    void aLenientReadSkipsTheMalformedRowsAndCountsThem() throws Exception {
        LabelledSentences read = LabelledSentences.read(file("id\ttext\tlabel\n1\tA.\tYes\n2\tB.\tNo3\tC.\tNo\n4\tD.\tMaybe\n"), false);
        assertThat(read.texts()).containsExactly("A.");
        assertThat(read.skipped()).isEqualTo(2);
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByTheirLine() throws Exception {
        Path f = dir.resolve("latin1.tsv");
        Files.write(f, new byte[] {'i', 'd', '\t', 't', '\t', 'l', '\n', '1', '\t', 'C', 'a', 'f', (byte) 0xE9, '\t', 'N', 'o', '\n'});
        assertThatThrownBy(() -> LabelledSentences.read(f)).hasMessage(f + ":2: not UTF-8 text");
    }
}
