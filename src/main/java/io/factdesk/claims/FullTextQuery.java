package io.factdesk.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.factdesk.db.FullTextSearch;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Turns what a reviewer types into search terms: every word (letters and digits) is a term that must
 * match; a trailing '*' makes it a prefix. Each engine writes its own query from the terms, so nothing
 * typed can be query syntax.
 */
final class FullTextQuery {

    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+(\\*)?");

    private FullTextQuery() {
    }

    static List<FullTextSearch.Term> of(String text) {
        List<FullTextSearch.Term> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            terms.add(new FullTextSearch.Term(m.group().replace("*", ""), m.group(1) != null));
        }
        if (terms.isEmpty()) {
            throw FactdeskException.badInput("search text '" + TerminalText.safe(text) + "' has no words to look for");
        }
        return terms;
    }
}
