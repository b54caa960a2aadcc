package io.factdesk.reporting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.factdesk.claims.Claim;
import io.factdesk.claimviews.ClaimViewService;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.claimviews.SignOff;
import io.factdesk.seeds.Seed;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictJson;
import io.factdesk.verdicts.VerdictRepository;

/**
 * The report's claims, read a page at a time with their verdict log and desk steps, and what each entry
 * says: its state, the rating in force (the published one once an editor signed it off), how many
 * sources its evidence rests on, and the sign-off with its corrections.
 */
final class ReportEntries {

    static final int PAGE = 1_000;

    private final ClaimViewService claimViews;
    private final VerdictRepository verdicts;
    ReportEntries(ClaimViewService claimViews, VerdictRepository verdicts) {
        this.claimViews = claimViews;
        this.verdicts = verdicts;
    }

    /** The entries the filter selects, read as they are iterated; {@code visible} applies blind review. */
    Iterable<Report.Entry> of(ReportFilter filter, Map<String, Seed> seedByName,
                              Function<List<ClaimWithVerdicts>, List<ClaimWithVerdicts>> visible) {
        return () -> new java.util.Iterator<>() {
            private java.util.Iterator<Report.Entry> page = java.util.Collections.emptyIterator();
            private Claim after;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<ClaimWithVerdicts> rows = claimViews.listAfter(filter.query(), after, PAGE);
                    last = rows.size() < PAGE;
                    after = rows.isEmpty() ? after : rows.get(rows.size() - 1).claim();
                    List<ClaimWithVerdicts> selected = visible.apply(rows).stream().filter(filter::accepts).toList();
                    List<Long> ids = selected.stream().map(c -> c.claim().id()).toList();
                    Map<Long, List<VerdictEntry>> history = verdicts.allEntries(ids).stream()
                            .collect(Collectors.groupingBy(VerdictEntry::claimId, LinkedHashMap::new, Collectors.toList()));
                    page = selected.stream().map(cv -> entry(cv, seedByName.get(cv.claim().seedName()),
                            history.getOrDefault(cv.claim().id(), List.of()))).iterator();
                }
                return page.hasNext();
            }

            @Override
            public Report.Entry next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** What the summary counts a claim under: its published rating, else DISPUTED or the reviewers' rating. */
    static String verdictOf(ClaimWithVerdicts cv) {
        return cv.signOff().finalRating().map(Enum::name)
                .orElseGet(() -> cv.disputed() ? "DISPUTED" : cv.latest().orElseThrow().rating().name());
    }

    static Report.Entry entry(ClaimWithVerdicts cv, Seed seed, List<VerdictEntry> log) {
        Claim c = cv.claim();
        SignOff signOff = cv.signOff();
        String verdict = verdictOf(cv);
        Rating rating = verdict.equals("DISPUTED") ? null : Rating.valueOf(verdict);
        String source = seed == null ? null : seed.metadata().sourceUrl();
        Set<String> hosts = cv.current().stream().flatMap(v -> v.evidence().stream()).map(io.factdesk.verdicts.EvidenceUrl::host)
                .collect(Collectors.toSet());
        boolean singleSource = cv.current().stream().anyMatch(v -> v.rating().isRated()
                && v.evidence().stream().map(io.factdesk.verdicts.EvidenceUrl::host).distinct().count() < 2);
        return new Report.Entry(c.id(), c.fingerprint(), c.seedName(), c.seedTitle(), source,
                seed == null ? null : seed.metadata().publishedOn(), c.text(), c.contextBefore(), c.contextAfter(),
                c.claimant(), c.score(), c.modelScore(), c.reasons(), c.state().label(), verdict, rating == null ? "Disputed" : rating.label(),
                rating == null || !rating.isRated() ? null : rating.ratingValue().getAsInt(), cv.disputed(),
                singleSource, hosts.size(),
                cv.current().stream().map(VerdictEntry::reviewedAt).max(Comparator.naturalOrder()).orElse(null),
                cv.current().stream().map(VerdictJson::of).toList(),
                log.size() > 1 ? log.stream().map(VerdictJson::of).toList() : List.of(),
                signOff.published() ? publication(signOff) : null,
                signOff.returns().stream().map(r -> new Report.Return(r.recordedAt().toString(),
                        r.actor(), r.reviewer(), r.detail(), r.answeredIn(log))).toList());
    }

    private static Report.Publication publication(SignOff signOff) {
        DeskStep s = signOff.signedOff().orElseThrow();
        Rating rating = signOff.finalRating().orElseThrow();
        return new Report.Publication(s.how(),
                s.actor(), s.osUser(), s.recordedAt().toString(), s.detail(), s.rating().name(), rating.name(), rating.label(),
                rating.isRated() ? rating.ratingValue().getAsInt() : null, signOff.modifiedAt().orElseThrow().toString(),
                signOff.corrections().stream().map(k -> new Report.Correction(k.recordedAt().toString(), k.actor(),
                        k.previousRating().name(), k.rating().name(), k.detail())).toList());
    }
}
