package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestWorkbench;
import io.factdesk.support.GoldenFile;
import io.factdesk.support.Json;
import io.factdesk.TestEngine;
import tools.jackson.databind.JsonNode;

/**
 * Every report format on a small fixed database: compared with golden files (see {@link GoldenFile}
 * for how to regenerate them), and checked for the safety rules.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
class ReportFormatsTest {

    @Parameter
    TestEngine engine;

    @TempDir
    static Path dir;
    static TestWorkbench wb;
    static Report report;

    @BeforeParameterizedClassInvocation
    static void build(TestEngine engine) {
        Path here = dir.resolve(engine.name());
        wb = new TestWorkbench(engine, here, new io.factdesk.TestClassifier("customs"));
        report = ReportFixture.build(wb, here).build(ReportFilter.parse(null, null, null, null), ReportFixture.AS_OF);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        wb.close();
    }

    static String render(ReportRenderer renderer) {
        StringWriter out = new StringWriter();
        renderer.render(report, new PrintWriter(out));
        return out.toString();
    }

    static List<Report.Entry> entries(Report r) {
        List<Report.Entry> out = new java.util.ArrayList<>();
        r.claims().forEach(out::add);
        return out;
    }

    static final io.factdesk.team.Publishing SETTINGS = new io.factdesk.team.Publishing("Example Checks",
            "https://checks.example.org/", "https://checks.example.org/reviews/", null, null);

    private static void assertGolden(String name, String actual) throws Exception {
        GoldenFile.assertMatches(Path.of("src/test/resources/reports", name), actual);
    }

    @Test
    void markdownGolden() throws Exception {
        assertGolden("golden.md", render(new MarkdownReportRenderer()));
    }

    @Test
    void htmlGolden() throws Exception {
        assertGolden("golden.html", render(new HtmlReportRenderer()));
    }

    @Test
    void csvGolden() throws Exception {
        assertGolden("golden.csv", render(new CsvReportRenderer()));
    }

    @Test
    void jsonGolden() throws Exception {
        StringWriter out = new StringWriter();
        Json.write(report, out);
        assertGolden("golden.json", out + "\n");
    }

    @Test
    void claimReviewGolden() throws Exception {
        assertGolden("golden.claimreview.json", render(new ClaimReviewRenderer(SETTINGS)));
    }

    @Test
    void theSameDatabaseGivesTheSameBytes() {
        Report again = ReportFixture.build(new TestWorkbench(engine, dir.resolve(engine.name() + "-second"), new io.factdesk.TestClassifier("customs")), dir.resolve(engine.name() + "-second"))
                .build(ReportFilter.parse(null, null, null, null), ReportFixture.AS_OF);
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        Json.write(again, a);
        Json.write(report, b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    void disagreementAndHistoryAreShownNotCollapsed() {
        Report.Entry law = entries(report).stream().filter(c -> c.text().startsWith("The law requires")).findFirst().orElseThrow();
        assertThat(law.disputed()).as("the reviewers still differ").isTrue();
        assertThat(law.verdict()).as("the editor's decision, as corrected").isEqualTo("MOSTLY_TRUE");
        assertThat(law.status()).isEqualTo("published");
        assertThat(law.verdicts()).extracting(v -> v.reviewer() + "=" + v.rating()).containsExactly("Lan=TRUE", "Bob=HALF_TRUE");
        Report.Entry exports = entries(report).stream().filter(c -> c.text().startsWith("Exports rose")).findFirst().orElseThrow();
        assertThat(exports.history()).extracting(v -> v.kind()).containsExactly("VERDICT", "RETRACTION", "VERDICT");
        assertThat(exports.singleSource()).isTrue();
        assertThat(report.summary().byVerdict()).containsEntry("DISPUTED", 0).containsEntry("MOSTLY_TRUE", 2)
                .containsEntry("UNVERIFIABLE", 1);
    }

    @Test
    void hostileTextIsInertInEveryFormat() {
        String html = render(new HtmlReportRenderer());
        assertThat(html).doesNotContain("<script", "<b>council", "href=\"javascript", "\u001b");
        assertThat(html).contains("&lt;script&gt;", "&lt;b&gt;council&lt;/b&gt;");
        String md = render(new MarkdownReportRenderer());
        assertThat(md).doesNotContain("[click](javascript", "<script>", "\u001b").contains("\\[click\\]\\(javascript");
        String csv = render(new CsvReportRenderer());
        assertThat(csv).doesNotContain(",=", "\n=", ",+", ",-", ",@", "\u001b[31m");
        assertThat(csv).contains("'=cmd|");
        StringWriter json = new StringWriter();
        Json.write(report, json);
        assertThat(json.toString()).doesNotContain("\u001b").contains("\\u001B");
        String jsonLd = render(new ClaimReviewRenderer(SETTINGS));
        assertThat(jsonLd).doesNotContain("javascript:");
    }

    @Test
    void claimReviewHoldsOnlyPublishedClaimsFieldByField() {
        ClaimReviewRenderer renderer = new ClaimReviewRenderer(SETTINGS);
        JsonNode reviews = Json.MAPPER.readTree(render(renderer));
        assertThat(reviews.isArray()).isTrue();
        assertThat(reviews.size()).as("the two published claims with a 1-5 rating").isEqualTo(2);
        assertThat(renderer.written()).isEqualTo(2);
        assertThat(renderer.leftOut()).as("published as unverifiable").isEqualTo(1);
        for (JsonNode r : reviews) {
            // Google's ClaimReview: required claimReviewed, reviewRating (alternateName), url, author; recommended
            // datePublished, itemReviewed (Claim with author, datePublished, appearance)
            assertThat(r.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(r.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(r.get("claimReviewed").asString()).isNotBlank();
            assertThat(r.get("claimReviewed").asString().length()).isLessThanOrEqualTo(75);
            assertThat(r.get("url").asString()).startsWith("https://checks.example.org/reviews/claim-");
            assertThat(r.get("author").get("@type").asString()).isEqualTo("Organization");
            assertThat(r.get("author").get("name").asString()).isEqualTo("Example Checks");
            assertThat(r.get("author").get("url").asString()).isEqualTo("https://checks.example.org/");
            assertThat(r.get("reviewRating").get("@type").asString()).isEqualTo("Rating");
            assertThat(r.get("reviewRating").get("bestRating").asInt()).isEqualTo(5);
            assertThat(r.get("reviewRating").get("worstRating").asInt()).isEqualTo(1);
            assertThat(r.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(java.time.Instant.parse(r.get("dateModified").asString()))
                    .isAfterOrEqualTo(java.time.Instant.parse(r.get("datePublished").asString() + "T00:00:00Z"));
            assertThat(r.get("itemReviewed").get("@type").asString()).isEqualTo("Claim");
        }
        JsonNode exports = byText(reviews, "Exports rose");
        assertThat(exports.get("claimReviewed").asString()).startsWith("Exports rose");
        assertThat(exports.get("reviewRating").get("ratingValue").asInt()).isEqualTo(4);
        assertThat(exports.get("reviewRating").get("alternateName").asString()).isEqualTo("Mostly true");
        assertThat(exports.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Maria Okafor");
        assertThat(exports.get("itemReviewed").get("datePublished").asString()).isEqualTo("2024-03-14");
        assertThat(exports.get("itemReviewed").get("appearance").get(0).get("url").asString()).isEqualTo("https://news.example.org/budget");
        JsonNode law = byText(reviews, "The law requires");
        assertThat(law.get("claimReviewed").asString()).startsWith("The law requires");
        assertThat(law.get("reviewRating").get("alternateName").asString()).as("decided half true, then corrected")
                .isEqualTo("Mostly true");
        Report.Publication published = entries(report).stream().filter(e -> e.text().startsWith("The law")).findFirst()
                .orElseThrow().publication();
        assertThat(published.how()).isEqualTo("decided");
        assertThat(published.signedOffRating()).isEqualTo("HALF_TRUE");
        assertThat(published.corrections()).singleElement().satisfies(k -> {
            assertThat(k.from()).isEqualTo("HALF_TRUE");
            assertThat(k.to()).isEqualTo("MOSTLY_TRUE");
        });
        assertThat(law.get("dateModified").asString()).as("the correction's time").isEqualTo(published.modifiedAt())
                .isEqualTo(published.corrections().get(0).at()).isNotEqualTo(published.at());
    }

    private static JsonNode byText(JsonNode reviews, String start) {
        for (JsonNode r : reviews) {
            if (r.get("claimReviewed").asString().startsWith(start)) {
                return r;
            }
        }
        throw new AssertionError("no review of a claim starting " + start);
    }

    @Test
    void aClaimReviewWithoutAPublisherIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> new ClaimReviewRenderer(new io.factdesk.team.Publishing("Example Checks", null, null, null, null)))
                .hasMessage("a ClaimReview export names its publisher; not set: publisher-url (FACTDESK_REPORT_PUBLISHER_URL),"
                        + " review-base-url (FACTDESK_REPORT_REVIEW_BASE_URL); set them with 'policy set SETTING VALUE' or in the environment");
    }

    @Test
    void filtersNarrowTheReport() {
        ReportService service = ReportFixture.build(new TestWorkbench(engine, dir.resolve(engine.name() + "-third"), new io.factdesk.TestClassifier("customs")), dir.resolve(engine.name() + "-third"));
        assertThat(service.build(ReportFilter.parse(null, null, "Bob", null), null).claims()).hasSize(1);
        assertThat(service.build(ReportFilter.parse(null, "mostly-true", null, null), null).claims()).hasSize(1);
        assertThat(service.build(ReportFilter.parse("b-hostile.txt", null, null, null), null).claims()).hasSize(1);
        assertThat(service.build(ReportFilter.parse(null, null, null, "2025-03-03"), null).claims()).hasSize(2);
        assertThat(service.build(ReportFilter.parse(null, null, null, "2025-03-03"), null).filters().since())
                .isEqualTo("2025-03-03T00:00:00Z");
        assertThat(List.of(service.build(ReportFilter.parse(null, null, null, null), null).summary().inReport())).containsExactly(3);
    }
}
