package io.factdesk.claimviews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.factdesk.claims.KnownSeeds;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.DuplicateGroupRepository;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.claims.NearDuplicateFinder;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictRepository;

/**
 * Claims as they are shown: each with every reviewer's current verdict and, for one claim, its
 * near-duplicates. It sits above claims and verdicts, the two packages it joins.
 */
@Service
public class ClaimViewService {

    /** The most earlier checks shown: more would bury the claim under its look-alikes. */
    static final int MATCHES_SHOWN = 5;

    private final ClaimRepository claims;
    private final VerdictRepository verdicts;
    private final DuplicateGroupRepository groups;
    private final DeskStepRepository deskSteps;
    private final io.factdesk.claims.ClaimMatchRepository matches;
    private final io.factdesk.factchecks.LibraryMatchRepository library;

    public ClaimViewService(ClaimRepository claims, VerdictRepository verdicts, DuplicateGroupRepository groups,
                            DeskStepRepository deskSteps, io.factdesk.claims.ClaimMatchRepository matches,
                            io.factdesk.factchecks.LibraryMatchRepository library) {
        this.library = library;
        this.deskSteps = deskSteps;
        this.matches = matches;
        this.claims = claims;
        this.verdicts = verdicts;
        this.groups = groups;
    }

    public List<ClaimWithVerdicts> list(ClaimQuery query) {
        KnownSeeds.require(query.seedName(), claims::seedNames);
        return withVerdicts(claims.list(query));
    }

    /** A page of claims after the given one (null for the first page), with their verdicts. */
    public List<ClaimWithVerdicts> listAfter(ClaimQuery query, Claim after, int limit) {
        return withVerdicts(claims.listAfter(query, after, limit));
    }

    public List<ClaimWithVerdicts> search(ClaimQuery query) {
        KnownSeeds.require(query.seedName(), claims::seedNames);
        return withVerdicts(claims.search(query));
    }

    public ClaimWithVerdicts show(ClaimId id) {
        return show(claims.find(id).orElseThrow(() -> FactdeskException.notFound("claim " + id + " not found")));
    }

    /** A claim already read (the review queue's next one), with its verdicts and near-duplicates. */
    public ClaimWithVerdicts show(Claim claim) {
        List<NearDuplicate> duplicates = groups.othersInGroup(claim.id()).stream()
                .map(d -> new NearDuplicate(d.claimId(), NearDuplicateFinder.similarity(claim.text(), d.text()),
                        d.seedName(), d.text()))
                .toList();
        ClaimWithVerdicts cv = withVerdicts(List.of(claim)).get(0);
        return new ClaimWithVerdicts(cv.claim(), cv.current(), duplicates, 0, cv.signOff(), alreadyChecked(claim));
    }

    /** The judged claims that say the same, as the earlier checks a reviewer can start from. */
    private List<AlreadyChecked> alreadyChecked(Claim claim) {
        List<io.factdesk.claims.ClaimMatchRepository.Match> found = matches.judgedMatches(claim.id(), MATCHES_SHOWN);
        List<AlreadyChecked> out = new ArrayList<>();
        for (var m : library.matchesOf(claim.id(), MATCHES_SHOWN)) {
            var f = m.factCheck();
            String rating = (f.ratingName() == null ? "rated" : f.ratingName())
                    + (f.normalisedRating() == null ? "" : String.format(java.util.Locale.ROOT, " (%.2f)", f.normalisedRating()));
            out.add(new AlreadyChecked(null, f.reviewUrl(), m.similarity(), rating, f.datePublished(), f.publisherName(),
                    f.claimReviewed(), true, Rating.ofPublished(f.ratingName(), f.normalisedRating()).orElse(null),
                    f.ratingName()));
        }
        Map<Long, ClaimWithVerdicts> judged = new java.util.HashMap<>();
        List<Claim> read = found.stream().map(f -> claims.find(new ClaimId(f.otherId()))).flatMap(java.util.Optional::stream).toList();
        withVerdicts(read).forEach(v -> judged.put(v.claim().id(), v));
        for (var f : found) {
            ClaimWithVerdicts v = judged.get(f.otherId());
            if (v == null) {
                continue;
            }
            SignOff s = v.signOff();
            boolean published = s.published();
            String date = published ? s.signedOff().orElseThrow().recordedAt().toString()
                    : v.current().stream().map(VerdictEntry::reviewedAt).max(java.util.Comparator.naturalOrder()).orElse(null);
            String by = published ? s.signedOff().orElseThrow().actor()
                    : String.join(", ", v.current().stream().map(VerdictEntry::reviewer).toList());
            out.add(new AlreadyChecked(f.otherId(), null, f.similarity(), v.shownRating(), date, by, v.claim().text(),
                    published, v.ratingInForce().orElse(null), null));
        }
        // The closest first, whichever kind; the workbench's own before the library's at the same similarity.
        out.sort(java.util.Comparator.comparingDouble(AlreadyChecked::similarity).reversed()
                .thenComparing(m -> m.claimId() == null));
        return out.size() > MATCHES_SHOWN ? out.subList(0, MATCHES_SHOWN) : out;
    }

    List<ClaimWithVerdicts> withVerdicts(List<Claim> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, VerdictEntry>> current = new LinkedHashMap<>();
        // A pending or held claim has no live verdict (the log's triggers keep status so), so only
        // the others are looked up: a page of the queue, or its next claim, needs no log query.
        List<Long> withLive = list.stream().filter(ClaimViewService::mayHaveLiveVerdicts).map(Claim::id).toList();
        for (VerdictEntry v : withLive.isEmpty() ? List.<VerdictEntry>of() : verdicts.live(withLive)) {
            // Entries come oldest first, so the last one per reviewer is their current verdict. Names are
            // compared in their canonical form, so entries written before names were normalised (an NFD
            // "Nguyễn") count as the same person as today's.
            current.computeIfAbsent(v.claimId(), k -> new LinkedHashMap<>()).put(ReviewerName.canonical(v.reviewer()), v);
        }
        // Only a claim someone has judged can have an editor's steps (a pending one has none to read).
        List<Long> edited = list.stream().filter(c -> mayHaveLiveVerdicts(c) || c.returned()).map(Claim::id).toList();
        Map<Long, SignOff> signOffs = edited.isEmpty() ? Map.of() : deskSteps.of(edited).stream()
                .collect(java.util.stream.Collectors.groupingBy(DeskStep::claimId)).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> SignOff.of(e.getValue())));
        List<ClaimWithVerdicts> out = new ArrayList<>(list.size());
        for (Claim c : list) {
            out.add(new ClaimWithVerdicts(c, List.copyOf(current.getOrDefault(c.id(), Map.of()).values()), List.of(), 0,
                    signOffs.get(c.id())));
        }
        return out;
    }

    private static boolean mayHaveLiveVerdicts(Claim claim) {
        return claim.status() != ClaimStatus.PENDING && claim.status() != ClaimStatus.HELD;
    }
}
