package io.factdesk.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Turns what a reviewer types into an FTS5 query that cannot be a syntax error: every
 * word becomes a quoted term (all must match); a trailing '*' keeps prefix search.
 */
final class FullTextQuery {

    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+(\\*)?");

    private FullTextQuery() {
    }

    static String of(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            String word = m.group().replace("*", "");
            terms.add("\"" + word + "\"" + (m.group(1) != null ? "*" : ""));
        }
        if (terms.isEmpty()) {
            throw FactdeskException.badInput("search text '" + TerminalText.safe(text) + "' has no words to look for");
        }
        return String.join(" ", terms);
    }
}
