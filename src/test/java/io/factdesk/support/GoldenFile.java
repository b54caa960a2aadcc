package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison that can only pass against a file someone committed. A missing golden
 * file fails. Regenerating takes an explicit {@code -Dgolden.update=true}, which writes the file
 * and still fails the run (so the new file is reviewed before it counts), and is refused under CI.
 */
public final class GoldenFile {

    public static final String UPDATE_PROPERTY = "golden.update";

    private GoldenFile() {
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        assertMatches(golden, actual, Boolean.getBoolean(UPDATE_PROPERTY), System.getenv("CI") != null);
    }

    static void assertMatches(Path golden, String actual, boolean update, boolean ci) throws IOException {
        if (update) {
            if (ci) {
                fail("-D" + UPDATE_PROPERTY + " is refused under CI: golden files are only written by hand");
            }
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("wrote " + golden + "; review the diff and run again without -D" + UPDATE_PROPERTY);
        }
        if (!Files.exists(golden)) {
            fail("golden file " + golden + " is missing; create it with -D" + UPDATE_PROPERTY + "=true and review it");
        }
        assertThat(actual).as("matches %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
