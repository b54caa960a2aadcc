package io.factdesk.agreement;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import io.factdesk.seeds.SeedRepository;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.VerdictRepository;

/** Agreement between reviewers over the current verdicts a filter selects. */
@Service
public class AgreementService {

    private static final int NAMES_SHOWN = 10;

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
        if (filter.seed() != null && !seeds.names().contains(filter.seed())) {
            throw FactdeskException.notFound("seed '" + TerminalText.safe(filter.seed()) + "' not found");
        }
        List<String> known = verdicts.reviewers();
        filter.reviewers().forEach(name -> requireKnown("--reviewers", name, known));
        if (filter.pair() != null) {
            for (String name : List.of(filter.pair().first(), filter.pair().second())) {
                requireKnown("--pair", name, known);
                if (!filter.includes(name)) {
                    throw FactdeskException.badInput("--pair: '" + TerminalText.safe(name) + "' is not one of --reviewers");
                }
            }
        }
        return compute(filter);
    }

    /**
     * The figures without checking the names in the filter, for a report: its seed filter already gives
     * an empty report for a seed that is not there, and agreement over it is simply empty too.
     */
    /** The figures over judgements already read (a blind-review report's visible claims). */
    public AgreementFigures compute(java.util.Collection<Judgement> judgements) {
        return AgreementCalculator.compute(judgements, null);
    }

    public AgreementFigures compute(AgreementFilter filter) {
        return AgreementCalculator.compute(repository.currentVerdicts(filter), filter.pair());
    }

    private static void requireKnown(String option, String name, List<String> known) {
        if (known.contains(name)) {
            return;
        }
        String hint = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst().map(k -> "; did you mean '" + TerminalText.safe(k) + "'?")
                .orElseGet(() -> known.isEmpty() ? "; nobody has recorded a verdict yet"
                        : "; reviewers with verdicts: " + TerminalText.safe(String.join(", ", known.stream().limit(NAMES_SHOWN).toList()))
                        + (known.size() > NAMES_SHOWN ? " and " + (known.size() - NAMES_SHOWN) + " more" : ""));
        throw FactdeskException.badInput(option + ": unknown reviewer '" + TerminalText.safe(name) + "'" + hint);
    }
}
