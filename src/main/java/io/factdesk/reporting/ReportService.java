package io.factdesk.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimService;
import io.factdesk.claims.ClaimWithVerdicts;
import io.factdesk.claims.StatusFilter;
import io.factdesk.seeds.Seed;
import io.factdesk.seeds.SeedRepository;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictJson;
import io.factdesk.verdicts.VerdictRepository;

/** Builds the verification report from the database. */
@Service
public class ReportService {

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final SeedRepository seeds;
    private final FactdeskSettings settings;
    private final Clock clock;

    public ReportService(ClaimService claims, VerdictRepository verdicts, SeedRepository seeds,
                         FactdeskSettings settings, Clock clock) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.seeds = seeds;
        this.settings = settings;
        this.clock = clock;
    }

    public Report build() {
        List<ClaimWithVerdicts> reviewed = claims.list(ClaimQuery.of(StatusFilter.REVIEWED, null));
        Map<Long, List<VerdictEntry>> history = verdicts.allEntries(reviewed.stream().map(c -> c.claim().id()).toList())
                .stream().collect(Collectors.groupingBy(VerdictEntry::claimId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> sources = seeds.list().stream().filter(s -> s.metadata().sourceUrl() != null)
                .collect(Collectors.toMap(Seed::name, s -> s.metadata().sourceUrl()));
        Map<String, Integer> byVerdict = new LinkedHashMap<>();
        for (Rating r : Rating.values()) {
            byVerdict.put(r.name(), 0);
        }
        TreeSet<String> reviewers = new TreeSet<>();
        List<Report.Entry> entries = new ArrayList<>();
        int disputed = 0;
        for (ClaimWithVerdicts cv : reviewed) {
            Claim c = cv.claim();
            VerdictEntry latest = cv.latest().orElseThrow();
            byVerdict.merge(latest.rating().name(), 1, Integer::sum);
            cv.current().forEach(v -> reviewers.add(v.reviewer()));
            disputed += cv.disputed() ? 1 : 0;
            entries.add(new Report.Entry(c.id(), c.seedName(), c.seedTitle(), sources.get(c.seedName()), c.text(),
                    c.contextBefore(), c.contextAfter(), c.claimant(),
                    cv.disputed() ? "DISPUTED" : latest.rating().name(),
                    cv.disputed() || !latest.rating().isRated() ? null : latest.rating().ratingValue().getAsInt(),
                    cv.disputed(), cv.current().stream().map(VerdictJson::of).toList(),
                    history.getOrDefault(c.id(), List.of()).stream().map(VerdictJson::of).toList()));
        }
        Report.Summary summary = new Report.Summary(
                claims.count(ClaimQuery.of(StatusFilter.ALL, null)), reviewed.size(),
                claims.count(ClaimQuery.of(StatusFilter.PENDING, null)),
                claims.count(ClaimQuery.of(StatusFilter.HELD, null)),
                claims.count(ClaimQuery.of(StatusFilter.STALE, null)), disputed, byVerdict);
        return new Report(Report.VERSION, clock.nowText(), settings.db().getFileName().toString(),
                List.copyOf(reviewers), summary, entries);
    }
}
