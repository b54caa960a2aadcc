package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.factdesk.support.Json;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;

/** The HTML report, hostile text included, passes the Nu HTML Checker with no errors. */
class HtmlReportValidityTest {

    @Test
    void goldenHtmlReportIsValidHtml5() throws Exception {
        String html = Files.readString(Path.of("src/test/resources/reports/golden.html"), StandardCharsets.UTF_8);
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
        assertThat(errors.toString()).as("Nu HTML Checker errors and warnings").isEmpty();
        // Self-contained: no scripts, and nothing the browser would fetch (src, CSS imports or url()).
        assertThat(html).doesNotContain("<script", "src=", "@import", "url(");
    }
}
