package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.support.Json;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;

/**
 * The HTML report, rendered now from the fixture's hostile text, passes the Nu HTML Checker with
 * no errors or warnings; a stale golden file could not hide a renderer change here.
 */
class HtmlReportValidityTest {

    @TempDir
    Path dir;

    @Test
    void freshlyRenderedHtmlReportIsValidHtml5() throws Exception {
        String html;
        try (TestWorkbench wb = new TestWorkbench(dir)) {
            Report report = ReportFixture.build(wb, dir).build(ReportFilter.parse(null, null, null, null), ReportFixture.AS_OF);
            StringWriter out = new StringWriter();
            new HtmlReportRenderer().render(report, new PrintWriter(out));
            html = out.toString();
        }
        assertThat(html).contains("<html").contains("</html>");
        assertThat(validationErrors(html)).as("Nu HTML Checker errors and warnings").isEmpty();
        // Self-contained: no scripts, and nothing the browser would fetch (src, CSS imports or url()).
        assertThat(html).doesNotContain("<script", "src=", "@import", "url(");
    }

    @Test
    void theCheckerFindsAnError() throws Exception {
        assertThat(validationErrors("<!DOCTYPE html><html lang=en><title>x</title><p><div></span></html>")).isNotEmpty();
    }

    private static String validationErrors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        JsonNode result = Json.MAPPER.readTree(validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        StringBuilder errors = new StringBuilder();
        for (JsonNode message : result.get("messages")) {
            if (!"info".equals(message.path("type").asString())) {
                errors.append(message.path("type").asString()).append(" line ").append(message.path("lastLine").asInt())
                        .append(": ").append(message.path("message").asString()).append('\n');
            }
        }
        return errors.toString();
    }
}
