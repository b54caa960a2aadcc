package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;

/** Rows written a batch at a time are every row once, in order, across the batches' edges. */
class BatchesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void moreRowsThanOneBatchHoldsAreAllWrittenOnce(TestEngine engine) {
        int rows = 2 * Batches.SIZE + 1;
        List<byte[]> centroids = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            centroids.add(new byte[] {(byte) i, (byte) (i >> 8)});
        }
        try (TestWorkbench wb = new TestWorkbench(engine, dir)) {
            new Transactions(wb.database).inTransaction(() -> wb.matches.restart("enc", centroids));

            List<byte[]> stored = wb.matches.centroids("enc");
            assertThat(stored).hasSize(rows);
            assertThat(stored.get(rows - 1)).containsExactly(centroids.get(rows - 1));
            assertThat(stored.get(Batches.SIZE)).containsExactly(centroids.get(Batches.SIZE));
        }
    }
}
