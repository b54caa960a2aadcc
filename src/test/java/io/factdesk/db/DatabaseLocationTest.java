package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

class DatabaseLocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://lan:s3cr%40t@db.example.org:6543/news%20room?sslmode=verify-full",
        "jdbc:postgresql://lan:s3cr%40t@db.example.org:6543/news%20room?sslmode=verify-full"})
    void aPostgresUrlGivesServerUserAndDatabaseAndHidesThePassword(String url) {
        var server = (DatabaseLocation.PostgresServer) DatabaseLocation.parse(url);
        assertThat(server.host()).isEqualTo("db.example.org");
        assertThat(server.port()).isEqualTo(6543);
        assertThat(server.database()).isEqualTo("news room");
        assertThat(server.user()).isEqualTo("lan");
        assertThat(server.password()).isEqualTo("s3cr@t");
        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/news%20room?sslmode=verify-full");
        assertThat(server.shown()).isEqualTo("db.example.org:6543/news room");
        assertThat(server.toString()).doesNotContain("s3cr");
        assertThat(server.shown() + server.toString() + server.stem()).doesNotContain("s3cr");
    }

    @Test
    void theDefaultsAreLibpqsPortAndTheLocalHost() {
        var server = (DatabaseLocation.PostgresServer) DatabaseLocation.parse("postgresql:///newsroom");
        assertThat(server.host()).isEqualTo("localhost");
        assertThat(server.port()).isEqualTo(5432);
    }

    @Test
    void anythingElseIsAnSqliteFile() {
        assertThat(DatabaseLocation.parse("db/factdesk.db")).isInstanceOfSatisfying(DatabaseLocation.SqliteFile.class,
                f -> assertThat(f.file()).isEqualTo(Path.of("db/factdesk.db").toAbsolutePath()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://lan@host:5432/", "postgresql://lan@host:5432", "postgresql://lan@ho st/x", "  "})
    void aUrlWithoutADatabaseOrThatCannotBeReadIsBadInput(String url) {
        assertThatThrownBy(() -> DatabaseLocation.parse(url)).isInstanceOfSatisfying(FactdeskException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT)).hasMessageContaining("FACTDESK_DB");
    }

    @Test
    void theSchemeIsReadWhateverItsCaseAndAPlusInThePasswordStaysAPlus() {
        var server = (DatabaseLocation.PostgresServer) DatabaseLocation.parse("POSTGRESQL://lan:a+b%2Fc@db:5432/news");
        assertThat(server.password()).isEqualTo("a+b/c");
        assertThat(server.host()).isEqualTo("db");
        assertThat(DatabaseLocation.parse("JDBC:Postgres://lan@db/news")).isInstanceOf(DatabaseLocation.PostgresServer.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://lan:Sekr1t@db/news", "postgresql://lan:Sek/r1t@db/news", "pgsql://lan:Sekr1t@db/news",
        "postgresql:/lan:Sekr1t@db:5432/news", "postgresql//lan:Sekr1t@db:5432/news", "postgres:lan:Sekr1t@db/news",
        "jdbc:postgresql:/lan:Sekr1t@db/news", "postgresql://lan:Sekr1t@db:54x2/news", "jdbc//lan:Sekr1t@db/news",
        "postgresql://lan@db/news?sslmode=bogus&password=Sekr1t", "postgresql://lan:Sekr1t@db:99999/news?sslpassword=Sekr1t",
        "postgresql://lan:Sekr1t@db:0/news", "//lan:Sekr1t@db:5999/news", "lan:Sekr1t@db/news", "./lan:Sekr1t@db/news", "postgresql://db/news?user=lan;password=Sekr1t"})
    void aUrlFactdeskCannotUseIsRefusedWithoutEchoingIt(String url) {
        assertThatThrownBy(() -> DatabaseLocation.parse(url)).isInstanceOfSatisfying(FactdeskException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageStartingWith("FACTDESK_DB ").hasMessageNotContaining("Sek").hasMessageNotContaining("lan");
    }

    @Test
    void theDriversUserAndPasswordParametersAreTheUrlsUserAndPassword() {
        var server = (DatabaseLocation.PostgresServer) DatabaseLocation.parse(
                "jdbc:postgresql://db:5432/news?user=lan&password=Sekr%401t&sslmode=require");
        assertThat(server.user()).isEqualTo("lan");
        assertThat(server.password()).isEqualTo("Sekr@1t");
        assertThat(server.jdbcUrl()).as("the password goes as a property, never in the URL")
                .isEqualTo("jdbc:postgresql://db:5432/news?sslmode=require");
        var userInfoFirst = (DatabaseLocation.PostgresServer) DatabaseLocation.parse("postgresql://minh@db/news?user=lan");
        assertThat(userInfoFirst.user()).isEqualTo("minh");
    }

    @Test
    void anEmptySettingSaysWhichSettingAndWhatToDo() {
        assertThatThrownBy(() -> DatabaseLocation.parse(""))
                .hasMessage("FACTDESK_DB is set but empty; name a database file or a postgresql:// URL, or unset it for the default");
    }

    @Test
    void theClientKeysPasswordIsASecretToo() {
        var server = (DatabaseLocation.PostgresServer) DatabaseLocation.parse(
                "postgresql://lan@db/news?sslmode=verify-full&sslkey=/k.pk8&sslpassword=Sekr1t&connectTimeout=5");
        assertThat(server.sslPassword()).isEqualTo("Sekr1t");
        assertThat(server.jdbcUrl() + server.shown() + server + server.identity()).doesNotContain("Sekr1t");
        assertThat(ConnectionParameters.forLibpq(server.query())).as("what pg_dump reads under the same names")
                .isEqualTo("?sslmode=verify-full&sslkey=/k.pk8");
    }

    @Test
    void anIpv6HostIsBracketedOnceWhereAUrlNeedsIt() {
        var server = (DatabaseLocation.PostgresServer) DatabaseLocation.parse("postgresql://lan@[::1]:5433/news");
        assertThat(server.host()).isEqualTo("::1");
        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/news");
        assertThat(server.shown()).isEqualTo("[::1]:5433/news");
    }

    @Test
    void aFileWhoseNameStartsLikeAUrlIsWrittenWithDotSlash() {
        assertThat(DatabaseLocation.parse("./postgresql-backup.db")).isInstanceOf(DatabaseLocation.SqliteFile.class);
    }

    @Test
    void anSqliteFileIsKnownByItsRealPathAndAServerWithoutItsPassword() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("loc");
        Path file = java.nio.file.Files.createFile(dir.resolve("a.db"));
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("link.db"), file);
        assertThat(DatabaseLocation.parse(link.toString()).identity()).isEqualTo(DatabaseLocation.parse(file.toString()).identity());
        assertThat(DatabaseLocation.parse("postgresql://lan:Sekr1t@db:5432/news").identity())
                .isEqualTo("postgresql://lan@db:5432/news");
    }
}
