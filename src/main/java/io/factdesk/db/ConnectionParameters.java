package io.factdesk.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * A PostgreSQL URL's parameters. {@code user} and {@code password} (the driver's own URL form) are taken out, to be
 * used as the URL's user and password are, and {@code sslpassword} (the client key's) with them, so that no secret
 * stays in the driver's URL or in anything printed from it; {@code sslmode} is checked against the modes the driver knows, so that a
 * typo is named rather than reported as a server that does not answer; the rest goes to the driver as given.
 */
record ConnectionParameters(String user, String password, String sslPassword, String sslMode, String rest) {

    /** The driver's modes, weakest first; the last three refuse a server that will not speak TLS. */
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final List<String> TLS_REQUIRED = SSL_MODES.subList(3, SSL_MODES.size());

    static ConnectionParameters of(String rawQuery, String what) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new ConnectionParameters(null, null, null, null, null);
        }
        String user = null;
        String password = null;
        String sslPassword = null;
        String sslMode = null;
        List<String> rest = new ArrayList<>();
        if (rawQuery.indexOf(';') >= 0) {
            // "?user=lan;password=…": one parameter to the driver, and a user name holding the password
            throw FactdeskException.badInput(what + " separates its parameters by ';'; a URL separates them by '&'");
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String value = eq < 0 ? "" : DatabaseLocation.PostgresServer.decode(pair.substring(eq + 1));
            switch (key(pair)) {
                case "user" -> user = value;
                case "password" -> password = value;
                case "sslpassword" -> sslPassword = value;
                case "sslmode" -> {
                    if (!SSL_MODES.contains(value)) {
                        throw FactdeskException.badInput(what + " names sslmode '" + TerminalText.safe(value) + "', which is not one of "
                                + String.join(", ", SSL_MODES));
                    }
                    sslMode = value;
                    rest.add(pair);
                }
                default -> rest.add(pair);
            }
        }
        return new ConnectionParameters(user, password, sslPassword, sslMode, rest.isEmpty() ? null : String.join("&", rest));
    }

    /** Whether the driver refuses a server that will not speak TLS. */
    boolean requiresTls() {
        return sslMode != null && TLS_REQUIRED.contains(sslMode);
    }

    /**
     * The parameters libpq (pg_dump, psql) reads under the same names, for a command given to the user; the
     * driver's own (connectTimeout, sslfactory) mean nothing there, and no secret is among them.
     */
    static String forLibpq(String rest) {
        if (rest == null || rest.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rest.split("&")) {
            if (LIBPQ.contains(key(pair))) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }

    /** A parameter's name, in lower case: what comes before its '='. */
    private static String key(String pair) {
        int eq = pair.indexOf('=');
        return (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
    }

    private static final List<String> LIBPQ = List.of("sslmode", "sslcert", "sslkey", "sslrootcert", "sslcrl",
            "gssencmode", "channel_binding", "target_session_attrs", "options", "application_name");

    /** Never the password. */
    @Override
    public String toString() {
        return "ConnectionParameters[user=" + user + ", sslMode=" + sslMode + ", rest=" + rest + "]";
    }
}
