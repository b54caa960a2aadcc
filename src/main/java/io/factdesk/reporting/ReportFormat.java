package io.factdesk.reporting;

import io.factdesk.team.Publishing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;

/** The formats {@code export --format} writes, each with the names it is known by; the first is the one shown. */
public enum ReportFormat {
    MARKDOWN(publishing -> new MarkdownReportRenderer(ReportLook.of(publishing)), "markdown", "md"),
    HTML(publishing -> new HtmlReportRenderer(ReportLook.of(publishing)), "html"),
    CSV(publishing -> new CsvReportRenderer(), "csv"),
    JSON(publishing -> (report, w) -> {
        Json.write(report, w);
        w.println();
        w.flush();
    }, "json"),
    CLAIMREVIEW(ClaimReviewRenderer::new, "claimreview", "jsonld");

    private final Function<Publishing, ReportRenderer> renderer;
    private final List<String> names;

    ReportFormat(Function<Publishing, ReportRenderer> renderer, String... names) {
        this.renderer = renderer;
        this.names = List.of(names);
    }

    /** The name shown in help and offered by tab completion. */
    public String label() {
        return names.get(0);
    }

    /** The renderer, with the publishing settings in force (ClaimReview's publisher, the reports' title and zone). */
    public ReportRenderer renderer(Publishing publishing) {
        return renderer.apply(publishing);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportFormat::label).toList();
    }

    public static ReportFormat parse(String text) {
        String f = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.names.contains(f)) {
                return format;
            }
        }
        throw FactdeskException.badInput("export needs --format " + String.join(", ", labels().subList(0, labels().size() - 1))
                + " or " + labels().get(labels().size() - 1));
    }
}
