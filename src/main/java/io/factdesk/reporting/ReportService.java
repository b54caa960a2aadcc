package io.factdesk.reporting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.factdesk.agreement.AgreementFilter;
import io.factdesk.agreement.AgreementService;
import io.factdesk.agreement.Judgement;
import io.factdesk.claims.ReviewState;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimService;
import io.factdesk.claims.StatusFilter;
import io.factdesk.claimviews.ClaimViewService;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.seeds.Seed;
import io.factdesk.seeds.SeedRepository;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerFilter;
import io.factdesk.verdicts.VerdictRepository;

/** Builds the verification report from the database. The same database and --as-of give the same report. */
@Service
public class ReportService {

    static final String SELECTION = "Every sentence of every seed is scored from 0 to 1 for check-worthiness by rules"
            + " that look for numbers, dates and events, named actors in a role, attribution, rankings, comparisons,"
            + " what a law or policy does and predictions, and that discount opinion, evaluation and hedging; headings,"
            + " questions, bylines and boilerplate are excluded. Sentences scoring at least the threshold enter the"
            + " review queue with their reasons; reviewers can take a sentence out (NOT_CHECKWORTHY) or put one in.";
    static final String EVIDENCE_RULE = "A rated verdict (TRUE to FALSE) needs at least one evidence URL; a verdict"
            + " resting on a single source is marked as such. Every verdict carries the reviewer's note, name and time,"
            + " and nothing is ever deleted: corrections appear as later entries and retractions in the history.";

    private static final int PAGE = ReportEntries.PAGE;

    private final ClaimViewService claimViews;
    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final SeedRepository seeds;
    private final FactdeskSettings settings;
    private final Clock clock;
    private final AgreementService agreement;
    private final ReportEntries entries;

    /** Whose export this is, for blind review; null: every verdict is shown (tests, and no blind review). */
    private final io.factdesk.claimviews.BlindReview blind;
    private final io.factdesk.verdicts.ReviewerSession viewer;

    public ReportService(ClaimViewService claimViews, ClaimService claims, VerdictRepository verdicts,
                         SeedRepository seeds, FactdeskSettings settings, Clock clock, AgreementService agreement) {
        this(claimViews, claims, verdicts, seeds, settings, clock, agreement, null, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ReportService(ClaimViewService claimViews, ClaimService claims, VerdictRepository verdicts,
                         SeedRepository seeds, FactdeskSettings settings, Clock clock, AgreementService agreement,
                         io.factdesk.claimviews.BlindReview blind, io.factdesk.verdicts.ReviewerSession viewer) {
        this.entries = new ReportEntries(claimViews, verdicts);
        this.blind = blind;
        this.viewer = viewer;
        this.claimViews = claimViews;
        this.claims = claims;
        this.verdicts = verdicts;
        this.seeds = seeds;
        this.settings = settings;
        this.clock = clock;
        this.agreement = agreement;
    }

    public Report build(ReportFilter filter, Instant asOf) {
        return build(filter, asOf, false);
    }

    /**
     * The report; in blind review, a claim the exporting reviewer has not judged is left out (its verdicts
     * are not theirs to see) unless {@code unblind}, which the desk log records for each claim.
     */
    public Report build(ReportFilter filter, Instant asOf, boolean unblind) {
        claims.requireKnownSeed(filter.seed());
        if (filter.reviewer() != null) {
            ReviewerFilter.require("--reviewer", filter.reviewer().value(), verdicts.reviewers());
        }
        List<Seed> allSeeds = seeds.list();
        Map<String, Seed> seedByName = allSeeds.stream().collect(Collectors.toMap(Seed::name, s -> s));
        Map<String, Integer> byVerdict = new LinkedHashMap<>();
        Arrays.stream(Rating.values()).forEach(r -> byVerdict.put(r.name(), 0));
        byVerdict.put("DISPUTED", 0);
        TreeSet<String> reviewers = new TreeSet<>();
        Map<String, Integer> withVerdictsBySeed = new LinkedHashMap<>();
        Map<String, Integer> inReportBySeed = new LinkedHashMap<>();
        int[] counts = new int[3];
        // In blind review (not unblinded) the exporter sees only some claims' verdicts: the policy's counts
        // and the agreement figures are then taken over those claims, so the report agrees with itself.
        boolean blinded = blind != null && blind.hides(unblind);
        int[] visibleStates = new int[ReviewState.values().length];
        List<Judgement> visibleJudgements = new java.util.ArrayList<>();
        // A first pass counts what the header needs; the claims themselves are read again, page by
        // page, as the renderer writes them.
        java.util.function.Consumer<List<ClaimWithVerdicts>> inReport = page -> {
            page.stream().filter(filter::accepts).forEach(cv -> {
                counts[2]++;
                byVerdict.merge(ReportEntries.verdictOf(cv), 1, Integer::sum);
                cv.current().forEach(v -> reviewers.add(io.factdesk.verdicts.ReviewerName.canonical(v.reviewer())));
                inReportBySeed.merge(cv.claim().seedName(), 1, Integer::sum);
            });
        };
        forEachPage(ClaimQuery.of(StatusFilter.JUDGED, null), unblind, page -> {
            page.forEach(cv -> {
                counts[0]++;
                counts[1] += cv.disputed() ? 1 : 0;
                visibleStates[cv.claim().state().ordinal()]++;
                if (blinded) {
                    cv.current().forEach(v -> visibleJudgements.add(new Judgement(cv.claim().id(), v.reviewer(), v.rating())));
                }
                withVerdictsBySeed.merge(cv.claim().seedName(), 1, Integer::sum);
            });
            if (filter.status() == null) {
                inReport.accept(page);
            }
        });
        if (filter.status() != null) {
            forEachPage(filter.query(), unblind, inReport);
        }
        Map<String, Integer> pendingBySeed = claims.countBySeed(StatusFilter.PENDING);
        List<Report.SeedCount> bySeed = allSeeds.stream().map(s -> new Report.SeedCount(s.name(), s.metadata().title(),
                withVerdictsBySeed.getOrDefault(s.name(), 0), pendingBySeed.getOrDefault(s.name(), 0),
                inReportBySeed.getOrDefault(s.name(), 0))).toList();
        Report.Summary summary = new Report.Summary(count(StatusFilter.ALL), counts[0], count(StatusFilter.PENDING),
                count(StatusFilter.HELD), count(StatusFilter.STALE), counts[1], counts[2], byVerdict, bySeed,
                claims.reviewsRequired(),
                blinded ? visibleStates[ReviewState.REVIEWED.ordinal()] : count(StatusFilter.REVIEWED),
                blinded ? count(StatusFilter.PENDING) + visibleStates[ReviewState.NEEDS_REVIEW.ordinal()]
                        : count(StatusFilter.NEEDS_REVIEW),
                blinded ? visibleStates[ReviewState.DISPUTED.ordinal()] : count(StatusFilter.DISPUTED),
                blinded ? visibleStates[ReviewState.RETURNED.ordinal()] : count(StatusFilter.RETURNED),
                blinded ? visibleStates[ReviewState.PUBLISHED.ordinal()] : count(StatusFilter.PUBLISHED));
        Instant at = (asOf == null ? clock.now() : asOf).truncatedTo(ChronoUnit.SECONDS);
        Iterable<Report.Entry> entries = this.entries.of(filter, seedByName, page -> visible(page, unblind));
        return new Report(Report.VERSION, at.toString(),
                new Report.Corpus(settings.seeds().getFileName() == null ? settings.seeds().toString()
                        : settings.seeds().getFileName().toString(), io.factdesk.db.DatabaseLocation.parse(settings.db()).stem(), allSeeds.size()),
                List.copyOf(reviewers), filter.describe(), summary,
                blinded ? agreement.compute(visibleJudgements)
                        : agreement.compute(new AgreementFilter(filter.seed(), filter.since(), List.of(), null)),
                methodology(), entries);
    }

    /** The claims whose verdicts the exporting reviewer may see. */
    private List<ClaimWithVerdicts> visible(List<ClaimWithVerdicts> page, boolean unblind) {
        if (blind == null) {
            return page;
        }
        return blind.forViewer(page, viewer.current(), unblind, "export").stream().filter(cv -> cv.hidden() == 0).toList();
    }

    private void forEachPage(ClaimQuery query, boolean unblind, java.util.function.Consumer<List<ClaimWithVerdicts>> pageConsumer) {
        Claim after = null;
        while (true) {
            List<ClaimWithVerdicts> page = claimViews.listAfter(query, after, PAGE);
            // counted here, logged once when the entries are read (ReportEntries)
            pageConsumer.accept(unblind ? page : visible(page, false));
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).claim();
        }
    }

    private Report.Methodology methodology() {
        return new Report.Methodology(settings.threshold(), SELECTION, Arrays.stream(Rating.values())
                .map(r -> new Report.ScaleEntry(r.name(), r.label(), r.isRated() ? r.ratingValue().getAsInt() : null,
                        r.definition())).toList(), EVIDENCE_RULE);
    }

    private int count(StatusFilter status) {
        return claims.count(ClaimQuery.of(status, null));
    }
}
