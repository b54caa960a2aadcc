package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFileTest {

    @TempDir
    Path dir;

    @Test
    void aMissingGoldenFileFailsAndIsNotWritten() {
        Path golden = dir.resolve("missing.txt");
        assertThatThrownBy(() -> GoldenFile.assertMatches(golden, "anything", false, false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("missing");
        assertThat(golden).doesNotExist();
    }

    @Test
    void aDifferentOutputFails() throws Exception {
        Path golden = Files.writeString(dir.resolve("g.txt"), "expected");
        assertThatThrownBy(() -> GoldenFile.assertMatches(golden, "actual", false, false)).isInstanceOf(AssertionError.class);
        GoldenFile.assertMatches(golden, "expected", false, false);
    }

    @Test
    void updatingWritesTheFileButStillFails() throws Exception {
        Path golden = Files.writeString(dir.resolve("g.txt"), "old");
        assertThatThrownBy(() -> GoldenFile.assertMatches(golden, "new", true, false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("review the diff");
        assertThat(golden).hasContent("new");
    }

    @Test
    void updatingIsRefusedUnderCi() throws Exception {
        Path golden = Files.writeString(dir.resolve("g.txt"), "old");
        assertThatThrownBy(() -> GoldenFile.assertMatches(golden, "new", true, true))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CI");
        assertThat(golden).hasContent("old");
    }
}
