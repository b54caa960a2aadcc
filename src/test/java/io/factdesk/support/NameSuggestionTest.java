package io.factdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameSuggestionTest {

    private static final List<String> TEAM = List.of("Lan", "Nguyễn Thị Lan", "Minh", "Ørjan Håland", "Đặng Văn Hùng");

    @Test
    void sameNameIgnoringCaseComesFirst() {
        assertThat(NameSuggestion.closest("lan", TEAM)).contains("Lan");
        assertThat(NameSuggestion.closest("MINH", TEAM)).contains("Minh");
    }

    @Test
    void sameNameIgnoringAccentsAndLettersWithoutDecomposition() {
        assertThat(NameSuggestion.closest("nguyen thi lan", TEAM)).contains("Nguyễn Thị Lan");
        assertThat(NameSuggestion.closest("Dang Van Hung", TEAM)).contains("Đặng Văn Hùng");
        assertThat(NameSuggestion.closest("orjan haland", TEAM)).contains("Ørjan Håland");
    }

    @Test
    void exactCaseInsensitiveMatchWinsOverAnAccentInsensitiveOne() {
        assertThat(NameSuggestion.closest("lân", List.of("Lan", "Lân"))).contains("Lân");
        assertThat(NameSuggestion.closest("lan", List.of("Lân", "Lan"))).contains("Lan");
    }

    @Test
    void smallEditDistanceThenNothingFarFetched() {
        assertThat(NameSuggestion.closest("Lna", TEAM)).contains("Lan");
        assertThat(NameSuggestion.closest("Mihn", TEAM)).contains("Minh");
        assertThat(NameSuggestion.closest("Nguyen Thi Lam", TEAM)).contains("Nguyễn Thị Lan");
        assertThat(NameSuggestion.closest("Bartholomew", TEAM)).isEmpty();
        assertThat(NameSuggestion.closest("Linh", List.of("Lan"))).as("two edits in a short name").isEmpty();
    }

    @Test
    void shortNamesGetNoEditDistanceSuggestion() {
        assertThat(NameSuggestion.closest("Al", List.of("Ai"))).isEmpty();
        assertThat(NameSuggestion.closest("AL", List.of("Al"))).contains("Al");
    }

    @Test
    void theNearestWinsAndTiesGoToTheFirstNameWhateverTheRosterOrder() {
        assertThat(NameSuggestion.closest("Lanx", List.of("Lanxyz", "Lan"))).contains("Lan");
        assertThat(NameSuggestion.closest("Lam", List.of("Lap", "Lab"))).contains("Lab");
        assertThat(NameSuggestion.closest("Lam", List.of("Lab", "Lap"))).contains("Lab");
    }

    @Test
    void oneWordOfExactlyOneMembersName() {
        assertThat(NameSuggestion.closest("hung", TEAM)).contains("Đặng Văn Hùng");
        assertThat(NameSuggestion.closest("thi", List.of("Nguyễn Thị Lan", "Trần Thị Mai"))).isEmpty();
    }

    @Test
    void editLimitGrowsWithLength() {
        assertThat(List.of(2, 3, 5, 6, 10, 11).stream().map(NameSuggestion::allowedEdits))
                .containsExactly(0, 1, 1, 2, 2, 3);
    }

    @Test
    void distanceCountsCodePointsAndStopsPastTheLimit() {
        assertThat(NameSuggestion.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(NameSuggestion.distance("flaw", "lawn", 5)).isEqualTo(2);
        assertThat(NameSuggestion.distance("", "abc", 5)).isEqualTo(3);
        assertThat(NameSuggestion.distance("😀a", "😁a", 5)).as("one code point, two UTF-16 units").isEqualTo(1);
        assertThat(NameSuggestion.distance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(NameSuggestion.distance("a", "abcdef", 2)).isEqualTo(3);
        assertThat(NameSuggestion.distance("lna", "lan", 5)).as("a swap is one edit").isEqualTo(1);
        assertThat(NameSuggestion.distance("abc", "ca", 5)).as("optimal string alignment, not full Damerau").isEqualTo(3);
    }

    @Test
    void foldDropsCaseAndAccents() {
        assertThat(NameSuggestion.fold("Nguyễn Thị Lan")).isEqualTo("nguyen thi lan");
        assertThat(NameSuggestion.fold("Straße Łódź")).isEqualTo("strasse lodz");
        assertThat(NameSuggestion.fold("Ｌａｎ")).as("full-width letters").isEqualTo("lan");
    }
}
