package io.factdesk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * In the normal test run a fuzz test only replays the inputs committed beside it; without them it
 * would run once on empty input and prove nothing. Every fuzz test must therefore have inputs.
 */
class FuzzCorpusTest {

    @Test
    void everyFuzzTestReplaysCommittedInputs() throws IOException {
        List<String> methods = Arrays.stream(ParserFuzzTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(FuzzTest.class)).map(m -> m.getName()).toList();
        assertThat(methods).isNotEmpty();
        Path inputs = Path.of("src/test/resources/io/factdesk/fuzz/ParserFuzzTestInputs");
        for (String method : methods) {
            Path folder = inputs.resolve(method);
            assertThat(folder).as("inputs of %s", method).isDirectory();
            try (var files = Files.list(folder)) {
                assertThat(files.filter(f -> f.toFile().length() > 0).count()).as("inputs of %s", method).isGreaterThanOrEqualTo(3);
            }
        }
    }
}
