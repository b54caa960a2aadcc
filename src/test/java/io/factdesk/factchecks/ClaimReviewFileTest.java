package io.factdesk.factchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Every shape fact-checkers publish ClaimReview in, and every problem with its JSON path. */
class ClaimReviewFileTest {

    private static final String REVIEW = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "url": "https://checks.example.org/wage", "claimReviewed": "The minimum wage doubled in 2023.",
             "datePublished": "2024-03-05T23:30:00+07:00", "inLanguage": "vi",
             "author": {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org/"},
             "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly false"},
             "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Nguyễn Văn An"},
                              "appearance": [{"@type": "CreativeWork", "url": "https://news.example.org/a"}]}}""";

    private static ClaimReviewFile.Parsed parse(String text) {
        return ClaimReviewFile.parse(text, "f.json", false);
    }

    private static String review(String url) {
        return REVIEW.replace("https://checks.example.org/wage", url).replace('\n', ' ');
    }

    @Test
    void aSingleObjectWithEveryField() {
        ClaimReviewFile.Parsed parsed = parse(REVIEW);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.reviews()).singleElement().isEqualTo(new NewFactCheck("The minimum wage doubled in 2023.",
                2.0, 5.0, 1.0, "Mostly false", 0.25, "https://checks.example.org/wage", "Example Checks",
                "https://checks.example.org/", LocalDate.of(2024, 3, 5), "Nguyễn Văn An", "https://news.example.org/a", "vi"));
    }

    @Test
    void anArray() {
        ClaimReviewFile.Parsed parsed = parse("[" + review("https://a.example.org/1") + ",\n" + review("https://a.example.org/2") + "]");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.reviews()).extracting(NewFactCheck::reviewUrl).containsExactly("https://a.example.org/1", "https://a.example.org/2");
    }

    @Test
    void aGraphKeepsItsClaimReviewsAndSkipsEverythingElse() {
        ClaimReviewFile.Parsed parsed = parse("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "url": "https://checks.example.org/page"},
                  %s,
                  {"@type": "Organization", "name": "Example Checks"},
                  "a string",
                  {"@type": ["ClaimReview"], "url": "https://checks.example.org/2", "claimReviewed": "Second.", "author": "Example Checks"}
                ]}""".formatted(REVIEW));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.reviews()).extracting(NewFactCheck::reviewUrl)
                .containsExactly("https://checks.example.org/wage", "https://checks.example.org/2");
        assertThat(parsed.reviews().get(1).publisherName()).isEqualTo("Example Checks");
        assertThat(parsed.reviews().get(1).normalisedRating()).isNull();
    }

    @Test
    void jsonLinesByTheirNameOrBecauseTheFileHoldsSeveralObjects() {
        String lines = review("https://a.example.org/1") + "\n\n" + review("https://a.example.org/2") + "\r\n";
        assertThat(parse(lines).reviews()).hasSize(2);
        assertThat(ClaimReviewFile.parse(review("https://a.example.org/1"), "f.jsonl", true).reviews()).hasSize(1);
        assertThat(parse(lines).problems()).isEmpty();
    }

    @Test
    void numbersAsStringsAnAuthorArrayAndTheClaimsAuthorAndAppearanceInTheirOtherForms() {
        NewFactCheck read = parse("""
                {"url": "https://a.example.org/1", "claimReviewed": "  Café  prices rose.  ",
                 "author": [{"name": "First Publisher", "url": "https://first.example.org"}, {"name": "Second"}],
                 "reviewRating": {"ratingValue": " 7.5 ", "bestRating": "10", "worstRating": "0", "alternateName": "Partly true"},
                 "itemReviewed": {"author": "Mr. Minister", "firstAppearance": "https://tv.example.org/1",
                                  "appearance": "https://later.example.org"},
                 "inLanguage": {"@type": "Language", "name": "English", "alternateName": "en"}}""").reviews().get(0);
        assertThat(read.claimReviewed()).isEqualTo("Café  prices rose.");
        assertThat(read.publisherName()).isEqualTo("First Publisher");
        assertThat(read.publisherUrl()).isEqualTo("https://first.example.org");
        assertThat(read.ratingValue()).isEqualTo(7.5);
        assertThat(read.normalisedRating()).isEqualTo(0.75);
        assertThat(read.claimAuthor()).isEqualTo("Mr. Minister");
        assertThat(read.appearanceUrl()).isEqualTo("https://tv.example.org/1");
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.datePublished()).isNull();
    }

    @Test
    void aScaleWithoutItsEndsIsSchemaOrgsOneToFiveAndAReversedScaleStillNormalises() {
        assertThat(parse("{\"url\": \"https://a.org/1\", \"claimReviewed\": \"c\", \"author\": \"P\","
                + " \"reviewRating\": {\"ratingValue\": 4}}").reviews().get(0).normalisedRating()).isEqualTo(0.75);
        assertThat(parse("{\"url\": \"https://a.org/1\", \"claimReviewed\": \"c\", \"author\": \"P\","
                + " \"reviewRating\": {\"ratingValue\": 2, \"bestRating\": 1, \"worstRating\": 5}}").reviews().get(0)
                .normalisedRating()).isEqualTo(0.75);
        assertThat(parse("{\"url\": \"https://a.org/1\", \"claimReviewed\": \"c\", \"author\": \"P\","
                + " \"reviewRating\": {\"alternateName\": \"Misleading\"}}").reviews().get(0))
                .extracting(NewFactCheck::ratingValue, NewFactCheck::normalisedRating, NewFactCheck::ratingName)
                .containsExactly(null, null, "Misleading");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceWithItsJsonPath() {
        ClaimReviewFile.Parsed parsed = parse("""
                [ {"url": "https://a.example.org/1", "claimReviewed": "x", "author": {"name": "A"}, "reviewRating": {"ratingValue": "five"}},
                  {"claimReviewed": "y", "author": {"name": "A"}},
                  {"url": "ftp://a.example.org/3", "claimReviewed": "z", "author": {}, "datePublished": "March 5, 2024"},
                  {"url": "https://a.example.org/4", "claimReviewed": 12, "author": [], "reviewRating": {"ratingValue": 6}},
                  {"@type": "Article", "url": "https://a.example.org/5"},
                  "not an object",
                  {"url": "https://a.example.org/7", "claimReviewed": "fine", "author": "A",
                   "reviewRating": {"ratingValue": 3, "bestRating": 3, "worstRating": "3"},
                   "itemReviewed": {"appearance": [{"url": "javascript:alert(1)"}]}} ]""");
        assertThat(parsed.problems()).containsExactly(
                "f.json: $[0].reviewRating.ratingValue: not a number (\"five\")",
                "f.json: $[1].url: missing",
                "f.json: $[2].url: not a usable http(s) URL: scheme 'ftp' is not allowed; only http and https (\"ftp://a.example.org/3\")",
                "f.json: $[2].author.name: missing",
                "f.json: $[2].datePublished: not an ISO-8601 date (\"March 5, 2024\")",
                "f.json: $[3].claimReviewed: not text (a number)",
                "f.json: $[3].author: missing",
                "f.json: $[3].reviewRating.ratingValue: 6 is outside the scale from worstRating 1 to bestRating 5 (schema.org's defaults)",
                "f.json: $[4]: not a ClaimReview (@type \"Article\")",
                "f.json: $[5]: not an object (text)",
                "f.json: $[6].reviewRating: bestRating and worstRating are both 3; there is no scale",
                "f.json: $[6].itemReviewed.appearance[0].url: not a usable http(s) URL: scheme 'javascript' is not allowed;"
                        + " only http and https (\"javascript:alert(1)\")");
        assertThat(parsed.reviews()).extracting(NewFactCheck::reviewUrl).isEmpty();
    }

    @Test
    void aJsonLinesLineThatIsNotJsonIsNamedByItsLineAndTheOthersAreStillChecked() {
        String text = review("https://a.example.org/1") + "\n{\"url\": broken\n"
                + "{\"url\": \"https://a.example.org/3\", \"author\": \"P\"}\n" + "{\"a\": 1, \"a\": 2}\n";
        ClaimReviewFile.Parsed parsed = ClaimReviewFile.parse(text, "f.jsonl", true);
        assertThat(parsed.problems()).hasSize(3);
        assertThat(parsed.problems().get(0)).startsWith("f.jsonl:2: not JSON (column ");
        assertThat(parsed.problems().get(1)).isEqualTo("f.jsonl:3: $.claimReviewed: missing");
        assertThat(parsed.problems().get(2)).startsWith("f.jsonl:4: not JSON (").contains("Duplicate");
    }

    @Test
    void aDocumentThatIsNotJsonIsOneProblemWithItsPlace() {
        ClaimReviewFile.Parsed parsed = parse("[\n  {\"url\": \"https://a.org\",\n   \"claimReviewed\": }\n]");
        assertThat(parsed.problems()).singleElement().asString().startsWith("f.json: not JSON (line 3, column ");
        assertThat(parse("42").problems()).containsExactly("f.json: $: not a ClaimReview, an array of them or a @graph (a number)");
        assertThat(parse("  \n").reviews()).isEmpty();
        assertThat(parse("[]").problems()).isEmpty();
    }

    @Test
    void hostileTextInAProblemIsShownEscaped() {
        ClaimReviewFile.Parsed parsed = parse("{\"url\": \"https://a.org\", \"claimReviewed\": \"c\", \"author\": \"P\","
                + " \"datePublished\": \"\\u001b[31mred\"}");
        assertThat(parsed.problems()).containsExactly("f.json: $.datePublished: not an ISO-8601 date (\"\\e[31mred\")");
    }
}
