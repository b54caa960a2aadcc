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

    /** How messages and reports name the database. */
    String shown();

    /** A short name for file names derived from the database (the history file). */
    String stem();

    static DatabaseLocation parse(String setting) {
        if (setting == null || setting.isBlank()) {
            throw FactdeskException.badInput("FACTDESK_DB (factdesk.db) is empty; name a database file or a postgresql:// URL");
        }
        return parse(setting, "FACTDESK_DB");
    }

    /** A location given elsewhere than in FACTDESK_DB; {@code what} is how a message names where it was given. */
    static DatabaseLocation parse(String setting, String what) {
        String value = setting == null ? "" : setting.strip();
        if (value.isEmpty()) {
            throw FactdeskException.badInput(what + " is empty; name a database file or a postgresql:// URL");
        }
        String url = value.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value;
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            return PostgresServer.parse(url, what);
        }
        return new SqliteFile(Path.of(value).toAbsolutePath().normalize());
    }

    /** An SQLite database file. */
    record SqliteFile(Path file) implements DatabaseLocation {
        @Override
        public String shown() {
            return TerminalText.safe(file.toString());
        }

        @Override
        public String stem() {
            return file.getFileName() == null ? "" : file.getFileName().toString();
        }
    }

    /**
     * A PostgreSQL database. The password is taken from the URL, else PGPASSWORD; without either the driver
     * reads ~/.pgpass. {@code query} is the URL's parameters (sslmode and the like), passed to the driver as given.
     */
    record PostgresServer(String host, int port, String database, String user, String password, String query)
            implements DatabaseLocation {

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
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            if (password == null) {
                password = System.getenv("PGPASSWORD");
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
            return new PostgresServer(uri.getHost() == null ? "localhost" : uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password, uri.getRawQuery());
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }

        /** The driver's URL, without user or password (those go as connection properties). */
        String jdbcUrl() {
            String hostPart = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + hostPart + ":" + port + "/"
                    + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20")
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        }

        @Override
        public String shown() {
            return TerminalText.safe(host + ":" + port + "/" + database);
        }

        @Override
        public String stem() {
            return database;
        }

        /** Never the password, so that no log or trace that prints the location can leak it. */
        @Override
        public String toString() {
            return "PostgresServer[" + user + "@" + host + ":" + port + "/" + database + "]";
        }
    }
}
