package io.factdesk.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Where the workbench's database is, as FACTDESK_DB names it: an SQLite file (the default, for one
 * reviewer) or a PostgreSQL server (for a team). {@link #shown()} is how messages name it; it never
 * holds a password.
 */
public sealed interface DatabaseLocation permits DatabaseLocation.SqliteFile, DatabaseLocation.PostgresServer {

    /** A URL's scheme ("postgresql:", "POSTGRES:", "mysql:"); a file path has none (a Windows drive letter is one letter). */
    java.util.regex.Pattern URL_SCHEME = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):");

    /** How messages and reports name the database. */
    String shown();

    /** A short name for file names derived from the database (the history file). */
    String stem();

    /** What tells this database from any other, for keys such as the history file's; never a password. */
    String identity();

    static DatabaseLocation parse(String setting) {
        if (setting == null || setting.isBlank()) {
            throw FactdeskException.badInput("FACTDESK_DB is set but empty; name a database file or a postgresql:// URL, or unset it for the default");
        }
        return parse(setting, "FACTDESK_DB");
    }

    /** A location given elsewhere than in FACTDESK_DB; {@code what} is how a message names where it was given. */
    static DatabaseLocation parse(String setting, String what) {
        String value = setting == null ? "" : setting.strip();
        if (value.isEmpty()) {
            throw FactdeskException.badInput(what + " is empty; name a database file or a postgresql:// URL");
        }
        String url = value.regionMatches(true, 0, "jdbc:", 0, 5) ? value.substring(5) : value;
        java.util.regex.Matcher scheme = URL_SCHEME.matcher(url);
        if (scheme.lookingAt()) {
            String name = scheme.group(1).toLowerCase(java.util.Locale.ROOT);
            if (name.equals("postgresql") || name.equals("postgres")) {
                String rest = url.substring(scheme.group(1).length());
                if (!rest.startsWith("://")) {
                    throw malformedUrl(what);
                }
                return PostgresServer.parse("postgresql" + rest, what);
            }
            if (!url.startsWith("://", scheme.group(1).length()) && USER_INFO.matcher(value).find()) {
                throw userInfoWithoutScheme(what);   // "lan:pw@host/db": the "scheme" is a user name
            }
            // the value is never echoed: a URL may hold a password
            throw FactdeskException.badInput(what + " names a " + TerminalText.safe(name) + ": URL; factdesk takes"
                    + " an SQLite file or a postgresql:// URL");
        }
        if (value.regionMatches(true, 0, "postgres", 0, 8) || value.regionMatches(true, 0, "jdbc", 0, 4)) {
            // "postgresql//…" is a typo for a URL, not a file to create (with a password in its name)
            throw malformedUrl(what);
        }
        if (USER_INFO.matcher(value).find()) {
            // "//lan:pw@host/db", "lan:pw@host/db": a URL's user and password without its scheme, not a file to create
            throw userInfoWithoutScheme(what);
        }
        return new SqliteFile(Path.of(value).toAbsolutePath().normalize());
    }

    /** A ':' and then, before any '/', an '@': what a URL's user and password look like. */
    java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile(":[^/]*@");

    private static FactdeskException userInfoWithoutScheme(String what) {
        return FactdeskException.badInput(what + " is not a valid PostgreSQL URL: it holds a user and password"
                + " (user:password@) but no postgresql:// before them; a file name may not hold ':' and then '@'");
    }

    /** Never echoes the value: a URL may hold a password. */
    private static FactdeskException malformedUrl(String what) {
        return FactdeskException.badInput(what + " is not a valid PostgreSQL URL: write postgresql://user@host:5432/database"
                + " (an SQLite file whose name starts so: ./ before it)");
    }

    /** An SQLite database file. */
    record SqliteFile(Path file) implements DatabaseLocation {
        @Override
        public String shown() {
            return TerminalText.safe(file.toString());
        }

        /** The file's name, of the real file where the path is a link. */
        @Override
        public String stem() {
            Path name = Path.of(identity()).getFileName();
            return name == null ? "" : name.toString();
        }

        /** The real path where the file exists (links resolved, so two names for one file are one database). */
        @Override
        public String identity() {
            try {
                return file.toRealPath().toString();
            } catch (java.io.IOException e) {
                return file.toString();
            }
        }
    }

    /**
     * A PostgreSQL database. The password is taken from the URL, else PGPASSWORD; without either the driver
     * reads ~/.pgpass. {@code query} is the URL's parameters (sslmode and the like), passed to the driver as given.
     */
    record PostgresServer(String host, int port, String database, String user, String password, String sslPassword,
                          String query) implements DatabaseLocation {

        public PostgresServer {
            if (database == null || database.isBlank()) {
                throw FactdeskException.badInput("FACTDESK_DB names a PostgreSQL server but no database:"
                        + " write postgresql://user@host:5432/DATABASE");
            }
        }

        static PostgresServer parse(String url, String what) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw FactdeskException.badInput(what + " is not a valid PostgreSQL URL: " + TerminalText.safe(e.getReason())
                        + "; write postgresql://user@host:5432/database");
            }
            String user = null;
            String password = null;
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                // not echoed: the authority holds the password
                throw FactdeskException.badInput(what + " is not a valid PostgreSQL URL: write user@host:port with a port"
                        + " of digits, and percent-encode '/', '@', ':' and '%' in the user name and password (or set"
                        + " PGPASSWORD)");
            }
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            ConnectionParameters parameters = ConnectionParameters.of(uri.getRawQuery(), what);
            if (user == null || user.isEmpty()) {
                user = parameters.user();
            }
            if (password == null) {
                password = parameters.password();
            }
            if (password == null) {
                password = System.getenv("PGPASSWORD");
            }
            if (uri.getPort() == 0 || uri.getPort() > 65_535) {
                throw FactdeskException.badInput(what + " names port " + uri.getPort() + ", which is not a TCP port"
                        + " (1 to 65535; PostgreSQL's own is 5432)");
            }
            if (user == null || user.isEmpty()) {
                user = System.getenv("PGUSER") != null ? System.getenv("PGUSER") : System.getProperty("user.name");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String database = decode(path.startsWith("/") ? path.substring(1) : path);
            if (database.isBlank()) {
                throw FactdeskException.badInput(what + " names a PostgreSQL server but no database:"
                        + " write postgresql://user@host:5432/DATABASE");
            }
            // an IPv6 address comes bracketed from the URI; the brackets are the URL's, not the address's
            String host = uri.getHost() == null ? "localhost" : uri.getHost().replaceAll("^\\[(.*)]$", "$1");
            return new PostgresServer(host, uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password,
                    parameters.sslPassword(), parameters.rest());
        }

        /** Percent-decoding as URLs have it: a '+' stays a plus (URLDecoder's form decoding would make it a space). */
        static String decode(String text) {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        /** Percent-encoding for a URL's user or path: a space is %20, not the '+' of URLEncoder's form encoding. */
        static String encode(String text) {
            return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }

        /** The driver's URL, without user or password (those go as connection properties). */
        String jdbcUrl() {
            return "jdbc:postgresql://" + hostAndPort() + "/" + encode(database)
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        }

        /** host:port, an IPv6 address in brackets as URLs write it. */
        String hostAndPort() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        @Override
        public String shown() {
            return TerminalText.safe(hostAndPort() + "/" + database);
        }

        @Override
        public String stem() {
            return database;
        }

        @Override
        public String identity() {
            return "postgresql://" + user + "@" + hostAndPort() + "/" + database;
        }

        /** Never the password, so that no log or trace that prints the location can leak it. */
        @Override
        public String toString() {
            return "PostgresServer[" + user + "@" + hostAndPort() + "/" + database + "]";
        }
    }
}
