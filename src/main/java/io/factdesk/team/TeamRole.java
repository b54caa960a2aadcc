package io.factdesk.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** What a team member does: reviewers judge claims; editors also settle disputes and sign off. */
public enum TeamRole {
    REVIEWER, EDITOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String labels() {
        return Arrays.stream(values()).map(TeamRole::label).collect(Collectors.joining("|"));
    }

    public static TeamRole parse(String text) {
        for (TeamRole role : values()) {
            if (role.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return role;
            }
        }
        throw FactdeskException.badInput("unknown role '" + TerminalText.safe(String.valueOf(text)) + "'; one of " + labels());
    }
}
