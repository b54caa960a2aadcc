package io.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.ClaimType;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.support.ShellStyle;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictEntry;

class ClaimCardTest {

    /** Words as a reader sees them; a line may break after a hyphen ("science-" / "technology"), as in print. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}’']+");
    private static final String CLAIM = "The official announcement surrounding Vietnam’s Party Chief’s conclusion on "
            + "Resolution 57—focusing intensely on science-technology, innovation, and digital transformation—reads "
            + "like a blueprint for national progress.";

    @Test
    void wrapsBetweenWordsNeverInsideOne() {
        for (int width = 20; width <= 90; width++) {
            List<String> lines = CardText.wrap(CLAIM, width);
            for (String line : lines) {
                assertThat(CardText.width(line)).as("width %d: %s", width, line).isLessThanOrEqualTo(width);
            }
            assertThat(String.join("", lines).replaceAll("\\s", "")).as("nothing lost at width %d", width)
                    .isEqualTo(CLAIM.replaceAll("\\s", ""));
            List<String> words = new ArrayList<>();
            lines.forEach(l -> WORD.matcher(l).results().forEach(m -> words.add(m.group())));
            List<String> expected = new ArrayList<>();
            WORD.matcher(CLAIM).results().forEach(m -> expected.add(m.group()));
            assertThat(words).as("every word whole at width %d", width).isEqualTo(expected);
        }
        assertThat(CardText.wrap(CLAIM, 80)).noneMatch(l -> l.endsWith("tr")).anyMatch(l -> l.contains("digital"));
    }

    @Test
    void wideCharactersCountTwoColumnsAndIdeographsBreakAnywhere() {
        String chinese = "研究人员在越南河内对两千户家庭进行了为期两年的调查，登革热病例减少了百分之七十七。";
        assertThat(CardText.width("研究")).isEqualTo(4);
        assertThat(CardText.width("Nguyễn")).as("a combining accent takes no column")
                .isEqualTo(CardText.width(java.text.Normalizer.normalize("Nguyễn", java.text.Normalizer.Form.NFD)));
        List<String> lines = CardText.wrap(chinese, 21);
        assertThat(lines).hasSizeGreaterThan(3).allSatisfy(l -> assertThat(CardText.width(l)).isLessThanOrEqualTo(21));
        assertThat(String.join("", lines)).isEqualTo(chinese);
        assertThat(lines.get(0)).hasSize(10);   // ten ideographs, twenty columns: the eleventh would not fit
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenCharacters() {
        String url = "https://example.org/" + "a".repeat(60) + "\uD83D\uDE00b";
        List<String> lines = CardText.wrap("see " + url, 30);
        assertThat(lines).allSatisfy(l -> assertThat(CardText.width(l)).isLessThanOrEqualTo(30));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("see" + url);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\uD83D\uDE00"));
        assertThat(CardText.fit("a\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 4)).isEqualTo("a\uD83D\uDE00…");
    }

    @Test
    void atEightyByTwentyFourTheHeaderStaysOnScreenAndTheContextIsShortened() {
        String longContext = "Before it, " + "the ministry said many things about the economy and its plans. ".repeat(12);
        ClaimWithVerdicts cv = card(longContext, longContext, 12, 6);
        int rows = 24 - VerdictPicker.height(80) - 1;

        List<String> lines = ClaimCard.lines(cv, new Progress(12, 87), "https://dantri.com.vn/article-1.htm",
                List.of("Saved TRUE on claim 11 (entry 4). Press z to take it back."), ShellStyle.PLAIN, 80, rows);

        assertThat(lines).hasSizeLessThanOrEqualTo(rows);
        assertThat(lines).allSatisfy(l -> assertThat(CardText.width(l)).isLessThan(80));
        assertThat(lines.get(0)).startsWith("Saved TRUE on claim 11");
        assertThat(lines.get(1)).startsWith("[###").endsWith("12 / 87 fully reviewed");
        assertThat(lines.get(2)).startsWith("Claim 42 · Resolution 57 (000_seed.txt, sentence 9)");
        assertThat(lines.get(3)).isEqualTo("source: https://dantri.com.vn/article-1.htm");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  …"))            // before: its end kept
                .anySatisfy(l -> assertThat(l).startsWith("» The official announcement"))
                .anySatisfy(l -> assertThat(l).startsWith("score 0.80 · type policy"))
                .anySatisfy(l -> assertThat(l).startsWith("why: number"))
                .anySatisfy(l -> assertThat(l).contains("more near-duplicates"));
        assertThat(String.join("\n", lines)).contains("digital transformation—reads like a blueprint");
        assertThat(VerdictPicker.height(80)).isEqualTo(7);
    }

    @Test
    void aRoomyTerminalShowsEverything() {
        ClaimWithVerdicts cv = card("The sentence before.", "The sentence after.", 2, 2);
        List<String> lines = ClaimCard.lines(cv, new Progress(0, 3), null, List.of(), ShellStyle.PLAIN, 120, 0);
        assertThat(lines).contains("", "  The sentence before.", "  The sentence after.",
                "source: not given in the seed");
        assertThat(lines).filteredOn(l -> l.startsWith("same as claim")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.startsWith("verdict so far")).hasSize(2);
    }

    @Test
    void evenATinyTerminalKeepsTheHeaderAndTheClaim() {
        ClaimWithVerdicts cv = card("Before. ".repeat(40), "After. ".repeat(40), 5, 5);
        List<String> lines = ClaimCard.lines(cv, new Progress(1, 2), "https://example.org/" + "x".repeat(200),
                List.of(), ShellStyle.PLAIN, 40, 6);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("[");
        assertThat(lines.get(1)).startsWith("Claim 42");
        assertThat(lines.get(2)).startsWith("source: https://example.org/").endsWith("…");
        assertThat(lines.get(3)).startsWith("» The official");
        assertThat(lines.get(4)).as("the claim is shortened last").endsWith("…");
        assertThat(lines.get(5)).startsWith("score 0.80");
    }

    private static ClaimWithVerdicts card(String before, String after, int verdicts, int duplicates) {
        Claim claim = new Claim(42, 1, "000_seed.txt", "Resolution 57", 9, 0, 10, CLAIM, before, after, "f", 0.8,
                List.of("number: \"57\"", "legal or policy subject: \"Resolution 57\"",
                        "named person or organisation in a role: \"Party Chief\""),
                ClaimType.POLICY, true, false, null, ClaimStatus.REVIEWED, verdicts, false, 1, false, null, null);
        List<VerdictEntry> current = new ArrayList<>();
        for (int i = 0; i < verdicts; i++) {
            current.add(new VerdictEntry(i + 1, 42, VerdictEntry.Kind.VERDICT, Rating.TRUE, List.of("https://a.org"),
                    "note " + i, "Reviewer " + i, "u", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", null, null, null,
                    null, null, null));
        }
        List<NearDuplicate> dups = new ArrayList<>();
        for (int i = 0; i < duplicates; i++) {
            dups.add(new NearDuplicate(100 + i, 0.8, "004_seed.txt", "A near duplicate sentence number " + i));
        }
        return new ClaimWithVerdicts(claim, current, dups);
    }
}
