package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.db.DatabaseLocation;

class ShellHistoryTest {

    @TempDir
    Path dir;

    @Test
    void eachDatabaseHasItsOwnHistoryFile() throws Exception {
        Path a = dir.resolve("a/factdesk.db");
        Path b = dir.resolve("b/factdesk.db");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        Files.createFile(a);
        Files.createFile(b);

        assertThat(ShellHistory.fileName(at(a))).isNotEqualTo(ShellHistory.fileName(at(b)))
                .startsWith("history-factdesk.db-").matches("history-factdesk\\.db-[0-9a-f]{12}");
        assertThat(ShellHistory.file(at(a)).getParent().getFileName().toString()).isEqualTo("factdesk");
        assertThat(ShellHistory.fileName(at(a))).as("the same file by another path, or through a link")
                .isEqualTo(ShellHistory.fileName(at(dir.resolve("a/../a/./factdesk.db"))));
        Path link = dir.resolve("link.db");
        Files.createSymbolicLink(link, a);
        assertThat(ShellHistory.fileName(at(link))).isEqualTo(ShellHistory.fileName(at(a)));
    }

    private static DatabaseLocation at(Path file) {
        return DatabaseLocation.parse(file.toString());
    }

    @Test
    void aPostgresDatabaseHasItsOwnHistoryFileNamedWithoutItsPassword() {
        String name = ShellHistory.fileName(DatabaseLocation.parse("postgresql://lan:s3cret@db.example.org:5432/newsroom"));
        assertThat(name).matches("history-newsroom-[0-9a-f]{12}").doesNotContain("s3cret");
        assertThat(name).isNotEqualTo(ShellHistory.fileName(DatabaseLocation.parse("postgresql://lan@db.example.org:5432/other")))
                .isEqualTo(ShellHistory.fileName(DatabaseLocation.parse("postgresql://lan:changed@db.example.org:5432/newsroom")));
    }

    @Test
    void oddDatabaseNamesGiveAPlainFileName() {
        assertThat(ShellHistory.fileName(at(dir.resolve("my base; rm -rf ~.db"))))
                .matches("history-my_base__rm_-rf__\\.db-[0-9a-f]{12}");
    }

    @Test
    void theHistoryFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("data/factdesk/history-x-0123456789ab");
        ShellHistory.createOwnerOnly(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        Files.writeString(file, "claims list\n");
        ShellHistory.createOwnerOnly(file);
        assertThat(Files.readString(file)).as("an existing history is kept").isEqualTo("claims list\n");
    }

    @Test
    void aLineWithAPasswordInAUrlIsNotKept() throws Exception {
        try (var terminal = org.jline.terminal.TerminalBuilder.builder().dumb(true).streams(
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream()).build()) {
            var reader = org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build();
            reader.setVariable(org.jline.reader.LineReader.HISTORY_IGNORE, ShellHistory.NOT_KEPT);
            var history = reader.getHistory();
            history.attach(reader);   // as the shell's first readLine does
            for (String secret : new String[] {"db copy --to postgresql://lan:Sekr1t@db.example.org:5432/newsroom",
                "db copy --to postgres:lan:Sekr1t@db.example.org/newsroom", "db copy --to postgresql:/lan:Sekr1t@db/newsroom",
                "db copy --to 'postgresql://lan:two words@db/newsroom'",
                "db copy --to jdbc:postgresql://db/newsroom?user=lan&password=Sekr1t",
                "db copy --to postgresql://lan@db/newsroom?sslpassword=Sekr1t", "db copy --to x?PASSWORD=Sekr1t"}) {
                history.add(secret);
            }
            history.add("db copy --to postgresql://lan@db.example.org:5432/newsroom");
            history.add("verdict 12 FALSE --evidence https://mastodon.social/@lan/1 --note 'see: the thread'");
            history.add("claims show 12");
            java.util.List<String> kept = new java.util.ArrayList<>();
            history.forEach(e -> kept.add(e.line()));
            assertThat(kept).containsExactly("db copy --to postgresql://lan@db.example.org:5432/newsroom",
                    "verdict 12 FALSE --evidence https://mastodon.social/@lan/1 --note 'see: the thread'", "claims show 12");
        }
    }
}
