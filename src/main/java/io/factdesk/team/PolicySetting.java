package io.factdesk.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** The settings `policy set` changes; their names are what users type and what completion offers. */
public enum PolicySetting {
    REVIEWS_REQUIRED("N, from 1 to " + ReviewPolicy.MAX_REVIEWS) {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.withReviewsRequired(number(value));
        }
    },
    BLIND("on|off") {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.withBlind(onOff(value));
        }
    },
    LEASE_MINUTES("minutes, from 1 to " + ReviewPolicy.MAX_LEASE_MINUTES) {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.withLeaseMinutes(number(value));
        }
    },
    SELF_APPROVAL("on|off") {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.withSelfApproval(onOff(value));
        }
    },
    PUBLISHER_NAME("a name; \"\" clears it") {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.with(p.publishing().withPublisherName(value));
        }
    },
    PUBLISHER_URL("an http(s) URL; \"\" clears it") {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.with(p.publishing().withPublisherUrl(value));
        }
    },
    REVIEW_BASE_URL("an http(s) URL each claim's id is added to; \"\" clears it") {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.with(p.publishing().withReviewBaseUrl(value));
        }
    },
    REPORT_TITLE("a title; \"\" clears it") {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.with(p.publishing().withReportTitle(value));
        }
    },
    TIME_ZONE("an IANA time zone such as Europe/Oslo; \"\" means the system's") {
        @Override
        ReviewPolicy applyTo(ReviewPolicy p, String value) {
            return p.with(p.publishing().withTimeZone(value));
        }
    };

    private final String accepted;

    PolicySetting(String accepted) {
        this.accepted = accepted;
    }

    /** The policy with this setting changed; bad values are refused with what is expected. */
    abstract ReviewPolicy applyTo(ReviewPolicy policy, String value);

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the setting takes, for help and errors. */
    public String accepted() {
        return accepted;
    }

    public static String labels() {
        return Arrays.stream(values()).map(PolicySetting::label).collect(Collectors.joining(", "));
    }

    public static PolicySetting parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.label().equals(wanted)).findFirst()
                .orElseThrow(() -> FactdeskException.badInput("unknown policy setting '" + TerminalText.safe(String.valueOf(text))
                        + "'; one of " + labels()));
    }

    int number(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw FactdeskException.badInput(label() + " takes " + accepted + ", got '" + TerminalText.safe(String.valueOf(value)) + "'");
        }
    }

    boolean onOff(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw FactdeskException.badInput(label() + " takes " + accepted + ", got '"
                    + TerminalText.safe(String.valueOf(value)) + "'");
        };
    }
}
