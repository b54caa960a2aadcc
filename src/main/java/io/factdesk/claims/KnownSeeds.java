package io.factdesk.claims;

import java.util.Set;
import java.util.function.Supplier;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.NameSuggestion;
import io.factdesk.support.TerminalText;

/**
 * A {@code --seed} filter has to name a seed the workbench has. Without this check a typo answers with
 * nothing at all (no claims, an empty report, nothing assigned), which reads as a true answer.
 */
public final class KnownSeeds {

    private KnownSeeds() {
    }

    /** Refuses (not found, one line, with the seed probably meant) a seed name that is not among {@code names}. */
    public static void require(String seed, Supplier<Set<String>> names) {
        if (seed == null) {
            return;
        }
        Set<String> known = names.get();
        if (known.contains(seed)) {
            return;
        }
        String meant = known.stream().filter(n -> n.equals(seed + ".md") || n.equals(seed + ".txt")).sorted().findFirst()
                .or(() -> NameSuggestion.closest(seed, known)).orElse(null);
        throw FactdeskException.notFound("seed '" + TerminalText.safe(seed) + "' not found"
                + (meant == null ? "; 'seeds list' lists them" : "; did you mean '" + TerminalText.safe(meant) + "'?"));
    }
}
