package io.factdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.factdesk.claims.ClaimStatus;

class ContentChecksumTest {

    private static String sum(WorkbenchTable table, Object[]... rows) {
        ContentChecksum sum = new ContentChecksum();
        for (Object[] row : rows) {
            sum.addRow(table, row);
        }
        return sum.hex();
    }

    private static final Object[] ROW = {1L, "text", true, 0.35f, Instant.parse("2025-03-01T10:00:00.123456Z"),
        LocalDate.of(2024, 2, 29), ClaimStatus.PENDING, 7, null};

    @Test
    void theSameRowsGiveTheSameSumAndAnyChangedValueAnother() {
        String base = sum(WorkbenchTable.CLAIM, ROW);
        assertThat(sum(WorkbenchTable.CLAIM, ROW.clone())).isEqualTo(base).hasSize(64);
        for (int i = 0; i < ROW.length; i++) {
            Object[] changed = ROW.clone();
            changed[i] = i == ROW.length - 1 ? "" : null;
            assertThat(sum(WorkbenchTable.CLAIM, changed)).as("value " + i).isNotEqualTo(base);
        }
        assertThat(sum(WorkbenchTable.SEED, ROW)).as("another table").isNotEqualTo(base);
        assertThat(sum(WorkbenchTable.CLAIM, ROW, ROW)).as("a row more").isNotEqualTo(base);
    }

    @Test
    void valuesAreKeptApartByTypeAndLength() {
        assertThat(sum(WorkbenchTable.SEED, new Object[] {"ab", "c"})).isNotEqualTo(sum(WorkbenchTable.SEED, new Object[] {"a", "bc"}));
        assertThat(sum(WorkbenchTable.SEED, new Object[] {1L})).isNotEqualTo(sum(WorkbenchTable.SEED, new Object[] {"1"}));
        assertThat(sum(WorkbenchTable.SEED, new Object[] {1L})).isNotEqualTo(sum(WorkbenchTable.SEED, new Object[] {1}));
        assertThat(sum(WorkbenchTable.SEED, new Object[] {0.1f})).as("the float itself, not a nearby one")
                .isNotEqualTo(sum(WorkbenchTable.SEED, new Object[] {Math.nextUp(0.1f)}));
        assertThat(sum(WorkbenchTable.CLAIM_EMBEDDING, new Object[] {new byte[] {1, 2}}))
                .isEqualTo(sum(WorkbenchTable.CLAIM_EMBEDDING, new Object[] {new byte[] {1, 2}}))
                .isNotEqualTo(sum(WorkbenchTable.CLAIM_EMBEDDING, new Object[] {new byte[] {1, 3}}))
                .isNotEqualTo(sum(WorkbenchTable.CLAIM_EMBEDDING, new Object[] {"0102"}));
        assertThat(sum(WorkbenchTable.SEED, new Object[] {"a"}, new Object[] {"b"}))
                .isNotEqualTo(sum(WorkbenchTable.SEED, new Object[] {"a", "b"}));
    }

    @Test
    void countsRowsPerTableInTheCopysOrder() {
        ContentChecksum sum = new ContentChecksum();
        sum.addRow(WorkbenchTable.VERDICT, ROW);
        sum.addRow(WorkbenchTable.VERDICT, ROW);
        sum.addRow(WorkbenchTable.SEED, ROW);
        assertThat(sum.counts()).containsExactly(
                org.assertj.core.api.Assertions.entry(WorkbenchTable.SEED, 1L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.CLAIM, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.CLAIM_EMBEDDING, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.CLAIM_VECTOR_LIST, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.IMPORT_BATCH, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.VERDICT, 2L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.VERDICT_EVIDENCE, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.CLAIM_GROUP_MEMBER, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.CLAIM_MATCH, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.TEAM_MEMBER, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.REVIEW_POLICY, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.DESK_EVENT, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.FACT_CHECK, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.FACT_CHECK_EMBEDDING, 0L),
                org.assertj.core.api.Assertions.entry(WorkbenchTable.CLAIM_LIBRARY_MATCH, 0L));
    }

    @Test
    void aValueOfAnUnknownTypeIsRefusedRatherThanHashedSomehow() {
        assertThatThrownBy(() -> sum(WorkbenchTable.SEED, new Object[] {new java.math.BigDecimal("1.5")}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BigDecimal");
    }
}
