package io.factdesk.agreement;

import java.util.List;

import org.springframework.stereotype.Service;

import io.factdesk.claims.KnownSeeds;
import io.factdesk.seeds.SeedRepository;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerFilter;
import io.factdesk.verdicts.VerdictRepository;

/** Agreement between reviewers over the current verdicts a filter selects. */
@Service
public class AgreementService {

    private final AgreementRepository repository;
    private final VerdictRepository verdicts;
    private final SeedRepository seeds;

    public AgreementService(AgreementRepository repository, VerdictRepository verdicts, SeedRepository seeds) {
        this.repository = repository;
        this.verdicts = verdicts;
        this.seeds = seeds;
    }

    /**
     * The figures; a seed or reviewer the database does not know is refused, since a typo would
     * otherwise give empty or skewed figures that look like an answer.
     */
    public AgreementFigures figures(AgreementFilter filter) {
        KnownSeeds.require(filter.seed(), seeds::names);
        List<String> known = verdicts.reviewers();
        filter.reviewers().forEach(name -> ReviewerFilter.require("--reviewers", name, known));
        if (filter.pair() != null) {
            for (String name : List.of(filter.pair().first(), filter.pair().second())) {
                ReviewerFilter.require("--pair", name, known);
                if (!filter.includes(name)) {
                    throw FactdeskException.badInput("--pair: '" + TerminalText.safe(name) + "' is not one of --reviewers");
                }
            }
        }
        return compute(filter);
    }

    /** The figures over judgements already read (a blind-review report's visible claims). */
    public AgreementFigures compute(java.util.Collection<Judgement> judgements) {
        return AgreementCalculator.compute(judgements, null);
    }

    /** The figures without checking the names in the filter, for a report, which has checked its seed filter already. */
    public AgreementFigures compute(AgreementFilter filter) {
        return AgreementCalculator.compute(repository.currentVerdicts(filter), filter.pair());
    }
}
