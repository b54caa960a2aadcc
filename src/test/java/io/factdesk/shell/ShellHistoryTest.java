package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

        assertThat(ShellHistory.fileName(a)).isNotEqualTo(ShellHistory.fileName(b))
                .startsWith("history-factdesk.db-").matches("history-factdesk\\.db-[0-9a-f]{12}");
        assertThat(ShellHistory.file(a).getParent().getFileName().toString()).isEqualTo("factdesk");
        assertThat(ShellHistory.fileName(a)).as("the same file by another path, or through a link")
                .isEqualTo(ShellHistory.fileName(dir.resolve("a/../a/./factdesk.db")));
        Path link = dir.resolve("link.db");
        Files.createSymbolicLink(link, a);
        assertThat(ShellHistory.fileName(link)).isEqualTo(ShellHistory.fileName(a));
    }

    @Test
    void oddDatabaseNamesGiveAPlainFileName() {
        assertThat(ShellHistory.fileName(dir.resolve("my base; rm -rf ~.db")))
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
}
