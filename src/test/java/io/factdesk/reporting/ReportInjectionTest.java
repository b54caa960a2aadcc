package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.support.Json;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;
import tools.jackson.databind.JsonNode;

/**
 * Script-closing tags, HTML comments, entities and invisible characters in claim text, seed titles,
 * Source: lines, notes and names: the JSON-LD can sit in a script element, Markdown keeps entities
 * literal, and a seed's source URL becomes a link only if it passes the evidence URL rules.
 */
class ReportInjectionTest {

    static final String CLOSE = "</script><script>alert(1)</script>";
    static final String EVE = "Eve " + CLOSE + " <!-- x --> | *y*";
    static final String GOOD_SOURCE = "https://news.example.org/ok?a=1&b=2";

    @TempDir
    static Path dir;
    static TestWorkbench wb;
    static Report report;

    @BeforeAll
    static void build() {
        wb = new TestWorkbench(dir);
        wb.writeSeed("a-script.md", "# Roads " + CLOSE + " &lt;b&gt; report\n\n"
                + "The council <!-- hidden --> repaired " + CLOSE + " 40% of roads in 2023, the mayor said.\n"
                + "Source: https://news.example.org/a" + CLOSE + "\n");
        wb.writeSeed("b-bidi.md", "# Bridges\n\nThe ministry built 12 bridges in 2022, up from 9 in 2021.\n"
                + "Source: https://news.example.org/\u202Efdp.exe\n");
        wb.writeSeed("c-good.md", "# Schools &amp; pupils\n\nThe city opened 7 schools in 2024, the report said.\n"
                + "Source: " + GOOD_SOURCE + "\n");
        wb.ingest.ingest(wb.seedFolder);
        for (Claim c : wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null))) {
            wb.verdictService.record(new VerdictInput(new ClaimId(c.id()), Rating.MOSTLY_TRUE,
                    List.of(new EvidenceUrl("https://ev.example.org/x?a=1&b=2")),
                    new Note("&lt;b&gt; stays literal & so does " + CLOSE + " <!-- x --> \u202Eevil \u061Cmark"),
                    new ReviewerName("Ann &amp; Bo"), Instant.parse("2025-03-02T09:00:00Z")));
            // A second reviewer, so that the names also reach the agreement section.
            wb.verdictService.record(new VerdictInput(new ClaimId(c.id()), Rating.MOSTLY_TRUE,
                    List.of(new EvidenceUrl("https://ev.example.org/y")), new Note("agreed"), new ReviewerName(EVE),
                    Instant.parse("2025-03-02T10:00:00Z")));
            // signed off by an editor whose name is hostile too, with a hostile note
            wb.desk.approve(new ClaimId(c.id()), new Note("ok " + CLOSE + " \u202Eevil"), new ReviewerName("Ed <i>&amp;</i>"));
        }
        report = new ReportService(wb.claimViews, wb.claimService, wb.verdicts, wb.seeds,
                new FactdeskSettings(dir.resolve("test.db").toString(), wb.seedFolder, null, 0.2, true), () -> ReportFixture.AS_OF,
                ReportFixture.agreement(wb))
                .build(ReportFilter.parse(null, null, null, null), ReportFixture.AS_OF);
    }

    @AfterAll
    static void close() {
        wb.close();
    }

    static String render(ReportRenderer renderer) {
        StringWriter out = new StringWriter();
        renderer.render(report, new PrintWriter(out));
        return out.toString();
    }

    static List<Report.Entry> entries() {
        List<Report.Entry> out = new ArrayList<>();
        report.claims().forEach(out::add);
        return out;
    }

    @Test
    void theFixtureHasTheHostileClaims() {
        assertThat(entries()).extracting(Report.Entry::seed).startsWith("a-script.md", "b-bidi.md", "c-good.md");
        assertThat(entries().get(0).text()).contains(CLOSE, "<!--");
        assertThat(entries().get(0).sourceUrl()).endsWith(CLOSE);
        assertThat(entries().get(1).sourceUrl()).contains("\u202E");
    }

    @Test
    void claimReviewCanBePastedIntoAScriptElement() {
        String jsonLd = render(new ClaimReviewRenderer(ReportFormatsTest.SETTINGS));
        assertThat(jsonLd).doesNotContain("<", ">", "&", "\u202E").contains("\\u003C/script\\u003E", "\\u003C!--");
        JsonNode reviews = Json.MAPPER.readTree(jsonLd);
        assertThat(reviews.size()).isEqualTo(entries().size());
        assertThat(reviews.get(0).get("claimReviewed").asString()).as("the text itself is kept").contains(CLOSE);
        assertThat(reviews.get(0).get("itemReviewed").has("appearance")).as("a Source: line with </script>").isFalse();
        assertThat(reviews.get(1).get("itemReviewed").has("appearance")).as("a Source: line with U+202E").isFalse();
        assertThat(reviews.get(2).get("itemReviewed").get("appearance").get(0).get("url").asString()).isEqualTo(GOOD_SOURCE);
    }

    @Test
    void theJsonExportIsEscapedTheSameWayAndReadsBackUnchanged() {
        StringWriter out = new StringWriter();
        Json.write(report, out);
        assertThat(out.toString()).doesNotContain("<", ">", "&", "\u202E").contains("\\u202E");
        JsonNode claims = Json.MAPPER.readTree(out.toString()).get("claims");
        assertThat(claims.get(0).get("text").asString()).isEqualTo(entries().get(0).text());
        assertThat(claims.get(0).get("verdicts").get(0).get("note").asString()).contains("&lt;b&gt;", CLOSE, "\u202E");
    }

    private static String commonMark(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    @Test
    void markdownKeepsEntitiesLiteralInEveryField() {
        String md = render(new MarkdownReportRenderer());
        String html = commonMark(md);
        assertThat(html).as("note").contains("&amp;lt;b&amp;gt; stays literal &amp; so does");
        assertThat(html).as("seed title").contains("Roads").contains("&amp;lt;b&amp;gt; report")
                .contains("Schools &amp;amp; pupils");
        assertThat(html).as("reviewer").contains("Ann &amp;amp; Bo");
        assertThat(html).doesNotContain("<script", "<!--", "<b>", "\u202E").contains("\\u202E");
    }

    @Test
    void onlySourceUrlsThatPassTheEvidenceRulesBecomeLinks() {
        String md = commonMark(render(new MarkdownReportRenderer()));
        assertThat(md).contains("<a href=\"https://news.example.org/ok?a=1&amp;b=2\">")
                .doesNotContain("href=\"https://news.example.org/a", "href=\"https://news.example.org/\\u202E")
                .contains("https://news.example.org/\\u202Efdp.exe");
        String html = render(new HtmlReportRenderer());
        assertThat(html).contains("<a href=\"https://news.example.org/ok?a&#x3D;1&amp;b&#x3D;2\">")
                .doesNotContain("href=\"https://news.example.org/a", "<script", "\u202E")
                .contains("source https://news.example.org/\\u202Efdp.exe");
    }

    @Test
    void controlAndBidiCharactersAreShownAsEscapesInEveryTextFormat() {
        String csv = render(new CsvReportRenderer());
        for (String text : List.of(render(new HtmlReportRenderer()), render(new MarkdownReportRenderer()), csv)) {
            assertThat(text).doesNotContain("\u202E", "\u061C").contains("\\u202Eevil", "\\u061Cmark");
        }
    }

    @Test
    void theAgreementSectionShowsNamesAsTextInEveryFormat() {
        assertThat(report.agreement().reviewers()).contains(EVE);
        String md = render(new MarkdownReportRenderer());
        String agreement = md.substring(md.indexOf("## Agreement"), md.indexOf("## Methodology"));
        assertThat(agreement).contains("| Ann \\&amp; Bo – Eve \\</script\\>").contains("\\| \\*y\\*");
        assertThat(commonMark(agreement)).doesNotContain("<script", "<!--", "<em>").contains("&lt;/script&gt;");
        String html = render(new HtmlReportRenderer());
        String section = html.substring(html.indexOf("<h2>Agreement"), html.indexOf("<h2>Methodology"));
        assertThat(section).contains("Eve &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- x --&gt;")
                .doesNotContain("<script", "<!--");
    }
}
