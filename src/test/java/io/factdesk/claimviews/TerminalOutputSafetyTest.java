package io.factdesk.claimviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.ShellStyle;

/** Escape sequences inside a seed never reach the terminal raw through the claim views. */
class TerminalOutputSafetyTest {

    @TempDir
    Path dir;

    @Test
    void claimViewsShowControlCharactersAsEscapes() {
        try (TestWorkbench wb = new TestWorkbench(dir)) {
            wb.writeSeed("evil.txt", "Title \u001b]0;owned\u0007\nExports rose 12% in 2024 \u001b[2J\u001b[31mred\u009b31m and \u202Eevil.\n");
            wb.ingest.ingest(wb.seedFolder);
            List<ClaimWithVerdicts> claims = wb.claimViews.list(ClaimQuery.of(StatusFilter.ALL, null));
            StringWriter out = new StringWriter();
            ClaimTextRenderer.table(claims, new PrintWriter(out), new ShellStyle(true));
            claims.forEach(c -> ClaimTextRenderer.detail(wb.claimViews.show(new ClaimId(c.claim().id())),
                    new PrintWriter(out), new ShellStyle(true)));
            String shown = out.toString().replaceAll("\u001b\\[[0-9;]*m", "");   // factdesk's own colours only
            assertThat(shown).doesNotContain("\u001b", "\u0007", "\u009b", "\u202E");
            assertThat(shown).contains("\\e[2J\\e[31mred", "\\e]0;owned\\x07");
        }
    }
}
