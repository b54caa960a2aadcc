package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures, years and names that keep two close sentences apart: plain unit tests, no encoder. */
class ClaimAnchorsTest {

    private static boolean conflict(String a, String b) {
        return ClaimAnchors.of(a, b).conflictsWith(ClaimAnchors.of(b, a));
    }

    @Test
    void figuresAreReadWithTheirScaleAndYearsApart() {
        ClaimAnchors a = ClaimAnchors.of("Exports rose 12% in 2024 to a record 400 billion dollars and 1,500 firms.", "");
        assertThat(a.numbers()).containsExactlyInAnyOrder(12.0, 400e9, 1500.0);
        assertThat(a.years()).containsExactly(2024);
        assertThat(ClaimAnchors.of("Three percent went to one million people.", "").numbers()).containsExactlyInAnyOrder(3.0, 1e6);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
            "GDP grew 7% last year. | GDP grew 3% last year.",
            "Exports rose 12% in 2024. | Exports rose 12% in 2023.",
            "Vietnam's exports rose 12%. | Thailand's exports rose 12%.",
            "Samsung doubled its profit. | Intel doubled its profit.",
            "Minister Lan said so. | Minister Evensen said so.",
            "The factory employs 4,000 workers. | The factory employs 400 workers.",
    })
    void aDifferentFigureYearOrNameIsAnotherClaim(String a, String b) {
        assertThat(conflict(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
            "GDP grew 7.09% last year. | The economy expanded by about 7 percent last year.",
            "The ministry allocated 3% of the budget. | Three percent of the budget went there, the ministry said.",
            "The bridge will cost 1.2 billion dollars. | Building the bridge will cost $1.2 billion.",
            "Exports rose 12% in 2024 to a record 400 billion dollars, the ministry said. | Exports grew by 12% in 2024.",
            "Police recorded 1,500 burglaries in 2023. | Burglaries fell to 1,500 in 2023.",
            "The congestion charge raised 230 million pounds. | The charge brought in £230 million.",
            "Three: National budgets for research rose 4% in 2024. | Spending on national research budgets rose 4 percent in 2024.",
            "2. Vietnam exported 7 million tonnes of rice in 2023. | Vietnam's rice exports were 7 million tonnes in 2023.",
            "2. Vietnam exported 7 million tonnes of rice in 2023. | Vietnam exported 7 million tonnes in 2023, 5 ports said.",
            "(b) Exports rose 12% in 2024. | Exports grew by 12% in 2024.",
            "• Exports rose 12% in 2024. | Exports grew by 12% in 2024.",
    })
    void theSameClaimInOtherWordsOrWithLessDetailAgrees(String a, String b) {
        assertThat(conflict(a, b)).isFalse();
    }

    /** The names as first written: every capitalised word but the opening one the other claim writes in lower case. */
    private static java.util.Set<String> namesByExpression(String text, String other) {
        java.util.Set<String> names = new java.util.HashSet<>();
        String otherLower = other.toLowerCase(java.util.Locale.ROOT);
        var m = java.util.regex.Pattern.compile("[\\p{L}\\p{M}&][\\p{L}\\p{M}&'’.-]*").matcher(text);
        boolean first = true;
        while (m.find()) {
            String word = m.group().replaceAll("['’]s$|[.'’-]+$", "");
            boolean opening = first;
            first = false;
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (ClaimAnchors.isNotName(lower) || opening && otherLower.matches("(?s).*\\b"
                    + java.util.regex.Pattern.quote(lower) + "\\b.*")) {
                continue;
            }
            names.add(lower);
        }
        return names;
    }

    @Test
    void openingWordsWithPunctuationInsideAreLookedForAsTheExpressionDoes() {
        String[][] pairs = {
                {"Coca-Cola sales rose 4% in 2023.", "Sales of coca-cola rose 4% in 2023."},
                {"Coca-Cola sales rose 4% in 2023.", "Sales of coca cola rose 4% in 2023."},
                {"Burglaries fell 12% in Hanoi.", "In Hanoi, burglaries fell by 12%."},
                {"Burglaries fell 12% in Hanoi.", "In Hanoi, burglary numbers fell by 12%."},
                {"Đà Nẵng received 8 million visitors.", "Visitors to đà nẵng reached 8 million."},
        };
        for (String[] p : pairs) {
            assertThat(ClaimAnchors.of(p[0], p[1]).names()).as(p[0] + " / " + p[1]).isEqualTo(namesByExpression(p[0], p[1]));
        }
        assertThat(ClaimAnchors.of(pairs[0][0], pairs[0][1]).names()).doesNotContain("coca-cola");
        assertThat(ClaimAnchors.of(pairs[1][0], pairs[1][1]).names()).contains("coca-cola");
        assertThat(ClaimAnchors.of(pairs[3][0], pairs[3][1]).names()).contains("burglaries");
    }

    @Test
    void anchorsPreparedOncePerClaimDecideEveryLabelledPairAsTheTextsDo() throws Exception {
        int pairs = 0;
        int conflicts = 0;
        try (var lines = java.nio.file.Files.lines(java.nio.file.Path.of("src/test/resources/matching/claim-pairs.tsv"))) {
            for (String line : lines.filter(l -> !l.startsWith("#") && !l.isBlank()).toList()) {
                String[] f = line.split("\t");
                boolean byText = ClaimAnchors.of(f[2], f[3]).conflictsWith(ClaimAnchors.of(f[3], f[2]));
                boolean prepared = ClaimAnchors.conflict(ClaimAnchors.prepare(f[2]), ClaimAnchors.prepare(f[3]));
                assertThat(prepared).as(line).isEqualTo(byText);
                assertThat(ClaimAnchors.of(f[2], f[3]).names()).as(line).isEqualTo(namesByExpression(f[2], f[3]));
                assertThat(ClaimAnchors.of(f[3], f[2]).names()).as(line).isEqualTo(namesByExpression(f[3], f[2]));
                pairs++;
                conflicts += byText ? 1 : 0;
            }
        }
        assertThat(pairs).isGreaterThanOrEqualTo(150);
        assertThat(conflicts).as("the pairs include conflicts to tell apart").isGreaterThan(20);
    }
}
