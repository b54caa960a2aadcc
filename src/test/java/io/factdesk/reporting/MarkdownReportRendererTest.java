package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {

    private static String html(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    @Test
    void hostileTextStaysLiteralInCommonMark() {
        String hostile = "a | b *bold* `code` [click](javascript:alert(1)) <script>x</script> # h";
        String rendered = html(MarkdownReportRenderer.text(hostile));
        assertThat(rendered).doesNotContain("<a ", "<em>", "<code>", "<script>", "<h1>");
        assertThat(rendered).contains("a | b *bold* `code` [click](javascript:alert(1))");
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        assertThat(html(MarkdownReportRenderer.link("https://example.org/a?b=c"))).contains("<a href=\"https://example.org/a?b=c\">");
        assertThat(html(MarkdownReportRenderer.link("https://example.org/a?b=<c>"))).as("not a URL factdesk accepts")
                .doesNotContain("<a ", "<c>").contains("https://example.org/a?b=&lt;c&gt;");
        assertThat(html(MarkdownReportRenderer.link("https://example.org/a b"))).as("not a URL factdesk accepts").doesNotContain("<a ");
        assertThat(html(MarkdownReportRenderer.link("javascript:alert(1)"))).doesNotContain("<a ");
    }
}
