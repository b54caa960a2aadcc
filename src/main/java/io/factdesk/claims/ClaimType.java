package io.factdesk.claims;

import java.util.Locale;

/** What kind of check a claim calls for. */
public enum ClaimType {
    STATISTIC, EVENT, ATTRIBUTION, RANKING, POLICY, PREDICTION, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimType parse(String text) {
        for (ClaimType t : values()) {
            if (t.name().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw io.factdesk.support.FactdeskException.badInput("unknown claim type '"
                + io.factdesk.support.TerminalText.safe(text) + "'; one of statistic, event, attribution, ranking,"
                + " policy, prediction, other");
    }
}
