package io.factdesk.reporting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import io.factdesk.verdicts.VerdictJson;

/**
 * The report as one self-contained HTML5 page (inline CSS and SVG, no scripts, no external
 * requests), printable. Rendered by JMustache, which HTML-escapes every value; only
 * http(s) URLs are put in links.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private static final Template TEMPLATE = load();
    private static final int BAR_WIDTH = 330;

    private final ReportLook look;

    public HtmlReportRenderer(ReportLook look) {
        this.look = look;
    }

    /** The default title, times in UTC. */
    public HtmlReportRenderer() {
        this(ReportLook.UTC);
    }

    @Override
    public void render(Report report, PrintWriter out) {
        TEMPLATE.execute(view(report, look), out);
        out.flush();
    }

    private static Template load() {
        try (Reader r = new InputStreamReader(HtmlReportRenderer.class.getResourceAsStream("/reports/report.html.mustache"),
                StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).defaultValue("").compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> view(Report report, ReportLook look) {
        Map<String, Object> v = new HashMap<>();
        v.put("title", ReportText.clean(look.title()));
        Report.Summary s = report.summary();
        v.put("corpus", ReportText.clean(report.corpus().seedsFolder()));
        v.put("seedCount", report.corpus().seeds());
        v.put("database", ReportText.clean(report.corpus().database()));
        v.put("generatedAt", look.time(report.generatedAt()));
        v.put("reviewers", report.reviewers().isEmpty() ? "none" : ReportText.clean(String.join(", ", report.reviewers())));
        v.put("filters", ReportText.clean(ReportText.filters(report.filters())));
        v.put("claimsTotal", s.claims());
        v.put("withVerdicts", s.withVerdicts());
        v.put("inQueue", s.inQueue());
        v.put("heldBack", s.heldBack());
        v.put("stale", s.stale());
        v.put("disputed", s.disputed());
        v.put("inReport", s.inReport());
        v.put("reviewsRequired", s.reviewsRequired());
        v.put("reviewed", s.reviewed());
        v.put("needsReview", s.needsReview());
        v.put("returned", s.returned());
        v.put("awaitingDecision", s.awaitingDecision());
        v.put("published", s.published());
        v.put("bars", bars(s));
        v.put("chartHeight", s.byVerdict().size() * 26 + 4);
        v.put("bySeed", s.bySeed().stream().map(sc -> Map.of("title", ReportText.clean(sc.title()), "seed",
                ReportText.clean(sc.seed()), "withVerdicts", sc.withVerdicts(), "pending", sc.pending(), "inReport", sc.inReport())).toList());
        ReportAgreement.html(report.agreement(), v);
        v.put("selection", report.methodology().selection());
        v.put("threshold", report.methodology().threshold());
        v.put("evidenceRule", report.methodology().evidenceRule());
        v.put("scale", report.methodology().scale().stream().map(e -> Map.of("label", e.label(),
                "rating", e.ratingValue() == null ? "—" : e.ratingValue() + "/5", "definition", e.definition())).toList());
        // Mapped as the template reaches each claim, so the page streams out with flat memory.
        Iterable<Map<String, Object>> claims = () -> new java.util.Iterator<>() {
            private final java.util.Iterator<Report.Entry> entries = report.claims().iterator();

            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Map<String, Object> next() {
                return claim(entries.next(), look);
            }
        };
        v.put("claims", claims);
        // the contents read the claims once more, a page at a time, before the page body does
        Iterable<Map<String, Object>> toc = () -> java.util.stream.StreamSupport.stream(report.claims().spliterator(), false)
                .map(c -> Map.<String, Object>of("id", c.id(), "status", c.status(), "verdictLabel", c.verdictLabel(),
                        "text", ReportText.clean(ClaimReviewRenderer.shorten(c.text())))).iterator();
        v.put("toc", toc);
        return v;
    }

    private static List<Map<String, Object>> bars(Report.Summary s) {
        int max = Math.max(1, s.byVerdict().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Map<String, Object>> bars = new ArrayList<>();
        int row = 0;
        for (var e : s.byVerdict().entrySet()) {
            int width = (int) Math.round((double) e.getValue() * BAR_WIDTH / max);
            int y = 4 + row * 26;
            bars.add(Map.of("label", ReportText.label(e.getKey()), "ratingValue", ReportText.ratingValue(e.getKey()),
                    "count", e.getValue(), "y", y, "textY", y + 14, "width", width, "countX", 156 + width,
                    "colour", colour(e.getKey())));
            row++;
        }
        return bars;
    }

    private static String colour(String verdict) {
        return switch (verdict) {
            case "TRUE", "MOSTLY_TRUE" -> "#2e7d32";
            case "HALF_TRUE" -> "#f9a825";
            case "MOSTLY_FALSE", "FALSE" -> "#c62828";
            case "DISPUTED" -> "#6a1b9a";
            default -> "#00838f";
        };
    }

    private static Map<String, Object> claim(Report.Entry c, ReportLook look) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.id());
        m.put("status", c.status());
        Report.Publication p = c.publication();
        m.put("signedOff", p == null ? "" : ReportText.clean(ReportText.signedOff(p, look)));
        m.put("decision", p != null && "decided".equals(p.how()) ? ReportText.label(p.signedOffRating()) : "");
        m.put("editorNote", p == null ? "" : nullToEmpty(ReportText.clean(p.note())));
        m.put("corrections", p == null ? List.of() : p.corrections().stream()
                .map(k -> ReportText.clean(ReportText.correction(k, look))).toList());
        m.put("sources", ReportText.sources(c));
        m.put("returns", c.returns().stream().map(r -> ReportText.clean(ReportText.returned(r, look))).toList());
        m.put("verdictClass", c.verdict().toLowerCase(Locale.ROOT));
        m.put("verdictLabel", c.verdictLabel());
        m.put("ratingValue", c.ratingValue() == null ? "" : c.ratingValue());
        m.put("contextBefore", nullToEmpty(ReportText.clean(c.contextBefore())));
        m.put("text", ReportText.clean(c.text()));
        m.put("contextAfter", nullToEmpty(ReportText.clean(c.contextAfter())));
        m.put("seedTitle", ReportText.clean(c.seedTitle()));
        m.put("seed", ReportText.clean(c.seed()));
        m.put("publishedOn", nullToEmpty(c.publishedOn()));
        boolean link = ReportText.isWebUrl(c.sourceUrl());
        m.put("sourceLink", link ? c.sourceUrl() : "");
        m.put("sourceText", !link && c.sourceUrl() != null ? ReportText.clean(c.sourceUrl()) : "");
        m.put("claimant", nullToEmpty(ReportText.clean(c.claimant())));
        m.put("whyPicked", ReportText.clean(ReportText.whyPicked(c)));
        m.put("disputed", c.disputed());
        m.put("singleSource", c.singleSource());
        m.put("verdicts", c.verdicts().stream().map(v -> verdict(v, look)).toList());
        m.put("hasHistory", !c.history().isEmpty());
        m.put("historySize", c.history().size());
        m.put("history", c.history().stream().map(h -> Map.of("id", h.id(), "recordedAt", h.recordedAt(),
                "reviewer", ReportText.clean(h.reviewer()), "line", ReportText.historyLine(h))).toList());
        return m;
    }

    private static Map<String, Object> verdict(VerdictJson v, ReportLook look) {
        // A URL stored before today's rules (one with a bidi override, say) is shown as escaped text, not dropped.
        List<Map<String, String>> evidence = v.evidence().stream().map(url -> ReportText.isWebUrl(url)
                ? Map.of("link", url, "text", "") : Map.of("link", "", "text", ReportText.clean(url))).toList();
        Map<String, Object> m = new HashMap<>();
        m.put("label", ReportText.label(v.rating()));
        m.put("ratingValue", v.ratingValue() == null ? "" : v.ratingValue());
        m.put("reviewer", ReportText.clean(v.reviewer()));
        m.put("reviewedAt", look.time(v.reviewedAt()));
        m.put("provenance", ReportText.clean(ReportText.provenance(v)));
        m.put("hasEvidence", !evidence.isEmpty());
        m.put("evidence", evidence);
        m.put("note", nullToEmpty(ReportText.clean(v.note())));
        m.put("appliedFrom", nullToEmpty(ReportText.appliedFrom(v)));
        return m;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
