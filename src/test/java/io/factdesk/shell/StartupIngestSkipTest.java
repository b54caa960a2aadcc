package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which one-shot commands run without the start-up ingest before them. */
class StartupIngestSkipTest {

    @Test
    void theIngestCommandAndTheCommandsThatTakeTheDatabaseAsItIsSkipIt() {
        assertThat(FactdeskRunner.skipsStartupIngest(List.of("seeds", "ingest"))).isTrue();
        assertThat(FactdeskRunner.skipsStartupIngest(List.of("seeds", "ingest", "other-folder"))).isTrue();
        assertThat(FactdeskRunner.skipsStartupIngest(List.of("db", "check"))).isTrue();
        assertThat(FactdeskRunner.skipsStartupIngest(List.of("db", "copy", "--to", "x.db"))).isTrue();
    }

    @Test
    void everyOtherCommandIngestsFirst() {
        assertThat(FactdeskRunner.skipsStartupIngest(List.of("seeds", "list"))).isFalse();
        assertThat(FactdeskRunner.skipsStartupIngest(List.of("claims", "list"))).isFalse();
        assertThat(FactdeskRunner.skipsStartupIngest(List.of("ingest", "seeds"))).isFalse();
        assertThat(FactdeskRunner.skipsStartupIngest(List.of())).isFalse();
    }
}
