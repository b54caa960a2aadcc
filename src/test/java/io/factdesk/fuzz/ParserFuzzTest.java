package io.factdesk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.factdesk.claims.CheckWorthinessScorer;
import io.factdesk.claims.ClaimExtractor;
import io.factdesk.claims.SentenceSegmenter;
import io.factdesk.importing.ImportFormat;
import io.factdesk.importing.ImportServiceFuzzAccess;
import io.factdesk.support.FactdeskException;

/**
 * Coverage-guided fuzzing (Jazzer) of the sentence segmenter and the import parsers. In the
 * normal test run each method replays its stored inputs; `scripts/fuzz` fuzzes for real.
 * The only failure allowed is a FactdeskException (a one-line message for the user).
 */
class ParserFuzzTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSegmenter(), new CheckWorthinessScorer(), 0.2);

    @FuzzTest(maxDuration = "10m")
    void segmenterAndScorerAcceptAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        var candidates = EXTRACTOR.extract("fuzz.txt", text, null);
        for (var c : candidates) {
            assertThat(c.sentence().start()).isBetween(0, text.length());
            assertThat(c.sentence().end()).isBetween(c.sentence().start(), text.length());
            assertThat(c.assessment().score()).isBetween(0.0, 1.0);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void importParsersRefuseBadInputWithAMessage(FuzzedDataProvider data) throws Exception {
        boolean jsonl = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.createTempFile("fuzz-import", jsonl ? ".jsonl" : ".csv");
        try {
            Files.write(file, bytes);
            List<String> problems = ImportServiceFuzzAccess.parseAndValidate(file, jsonl ? ImportFormat.JSONL : ImportFormat.CSV);
            assertThat(problems).allSatisfy(p -> assertThat(p).startsWith(file.getFileName().toString() + ":"));
        } catch (FactdeskException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
