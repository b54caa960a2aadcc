package io.factdesk.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;

/** The formats {@code export --format} writes, each with the names it is known by; the first is the one shown. */
public enum ReportFormat {
    MARKDOWN(settings -> new MarkdownReportRenderer(), "markdown", "md"),
    HTML(settings -> new HtmlReportRenderer(), "html"),
    CSV(settings -> new CsvReportRenderer(), "csv"),
    JSON(settings -> (report, w) -> {
        Json.write(report, w);
        w.println();
        w.flush();
    }, "json"),
    CLAIMREVIEW(ClaimReviewRenderer::new, "claimreview", "jsonld");

    private final Function<ReportSettings, ReportRenderer> renderer;
    private final List<String> names;

    ReportFormat(Function<ReportSettings, ReportRenderer> renderer, String... names) {
        this.renderer = renderer;
        this.names = List.of(names);
    }

    /** The name shown in help and offered by tab completion. */
    public String label() {
        return names.get(0);
    }

    public ReportRenderer renderer(ReportSettings settings) {
        return renderer.apply(settings);
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
