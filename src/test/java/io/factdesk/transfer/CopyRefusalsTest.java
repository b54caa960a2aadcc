package io.factdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.db.Database;
import io.factdesk.db.DatabaseLocation;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** What db copy will not do, with the target on either engine: the target is left as it was. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class CopyRefusalsTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    Path sourceFile;
    TestWorkbench source;

    @BeforeEach
    void setUp() {
        sourceFile = dir.resolve("source.db");
        source = new TestWorkbench(DatabaseLocation.parse(sourceFile.toString()), dir);
        List<Long> claims = source.twoPendingClaims();
        source.verdictService.record(new VerdictInput(new ClaimId(claims.get(0)), Rating.TRUE,
                List.of(new EvidenceUrl("https://a.org")), new Note("n"), new ReviewerName("Lan"), null));
    }

    @AfterEach
    void tearDown() {
        source.close();
    }

    private static String sum(Database database) {
        return WorkbenchCopy.sum(new WorkbenchRowsRepository(database)).hex();
    }

    private static ExitCode exitOf(Throwable e) {
        return ((FactdeskException) e).exitCode();
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndLeftAsItWas() {
        Path other = dir.resolve("other");
        try (TestWorkbench target = new TestWorkbench(engine.newDatabase(other), other)) {
            target.twoPendingClaims();
            String before = sum(target.database);

            assertThatThrownBy(() -> new WorkbenchCopy(source.database, new io.factdesk.support.StopRequest()).copyTo(target.database.location()))
                    .isInstanceOf(FactdeskException.class)
                    .hasMessage("the database " + target.database.location().shown()
                            + " already holds a workbench; db copy writes only into an empty one")
                    .satisfies(e -> assertThat(exitOf(e)).isEqualTo(ExitCode.NOT_FOUND));

            assertThat(sum(target.database)).isEqualTo(before);
        }
    }

    /** A new file in a folder that is not there: refused, and no folder is made. */
    @Test
    void aCopyIntoAFolderThatDoesNotExistIsRefusedAndMakesNoFolder() {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == TestEngine.SQLITE);
        Path missing = dir.resolve("no/such/folder/copy.db");
        assertThatThrownBy(() -> new WorkbenchCopy(source.database, new io.factdesk.support.StopRequest())
                .copyTo(DatabaseLocation.parse(missing.toString())))
                .hasMessage("db copy --to: the folder " + missing.getParent() + " does not exist; make it first, or name a"
                        + " file in a folder that does")
                .satisfies(e -> assertThat(exitOf(e)).isEqualTo(ExitCode.BAD_INPUT));
        assertThat(dir.resolve("no")).doesNotExist();
    }

    /** Ctrl-C in the shell during a copy: it stops at the next page, and a new file it made is gone. */
    @Test
    void aCopyStoppedByCtrlCKeepsNothing() {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == TestEngine.SQLITE);
        Path fresh = dir.resolve("fresh.db");
        io.factdesk.support.StopRequest stop = new io.factdesk.support.StopRequest();
        stop.request();
        assertThatThrownBy(() -> new WorkbenchCopy(source.database, stop).copyTo(DatabaseLocation.parse(fresh.toString())))
                .hasMessage("db copy stopped (Ctrl-C); nothing of it was kept")
                .satisfies(e -> assertThat(exitOf(e)).isEqualTo(ExitCode.NOT_FOUND));
        assertThat(fresh).doesNotExist();
        assertThat(fresh.resolveSibling("fresh.db-wal")).doesNotExist();
    }

    /** A database someone else uses (a table of theirs, no factdesk schema): refused, and nothing is added to it. */
    @Test
    void aTargetHoldingSomeoneElsesTablesIsRefusedAndLeftAsItWas() throws Exception {
        DatabaseLocation target;
        if (engine == TestEngine.POSTGRESQL) {
            var server = (DatabaseLocation.PostgresServer) io.factdesk.PostgresForTests.newEmptyDatabase();
            io.factdesk.PostgresForTests.asSuperuserIn(server.database(), "CREATE TABLE payroll (id int)");
            target = server;
        } else {
            Path file = dir.resolve("payroll.db");
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
                st.execute("CREATE TABLE payroll (id int)");
            }
            target = DatabaseLocation.parse(file.toString());
        }
        byte[] fileBefore = target instanceof DatabaseLocation.SqliteFile f ? java.nio.file.Files.readAllBytes(f.file()) : null;
        assertThatThrownBy(() -> new WorkbenchCopy(source.database, new io.factdesk.support.StopRequest()).copyTo(target))
                .hasMessage("the database " + target.shown() + " holds tables but no factdesk workbench; factdesk uses an"
                        + " empty database or one of its own, and leaves this one as it is")
                .satisfies(e -> assertThat(exitOf(e)).isEqualTo(ExitCode.NOT_FOUND));
        String tables = "SELECT count(*) FROM " + (engine == TestEngine.POSTGRESQL
                ? "pg_tables WHERE schemaname = 'public'" : "sqlite_master WHERE type = 'table'");
        if (engine == TestEngine.POSTGRESQL) {
            assertThat(io.factdesk.PostgresForTests.queryLong(((DatabaseLocation.PostgresServer) target).database(), tables))
                    .isEqualTo(1);
        } else {
            Path file = ((DatabaseLocation.SqliteFile) target).file();
            assertThat(java.nio.file.Files.readAllBytes(file)).as("not a byte changed (no WAL mode, no counter)").isEqualTo(fileBefore);
            assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 var r = c.createStatement().executeQuery(tables)) {
                assertThat(r.getLong(1)).isEqualTo(1);
            }
        }
    }

    /** A verdict that supersedes an entry the log does not have: the source took it with its foreign keys off. */
    @Test
    void aRowTheTargetRefusesLeavesTheTargetEmpty() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + sourceFile); var s = c.createStatement()) {
            s.execute("INSERT INTO verdict (claim_id, kind, rating, reviewer, os_user, reviewed_at, recorded_at, supersedes_id)"
                    + " SELECT claim_id, 'VERDICT', 'FALSE', 'Lan', 'lan', reviewed_at, recorded_at, 999 FROM verdict");
        }
        DatabaseLocation target = engine.newDatabase(java.nio.file.Files.createDirectories(dir.resolve("other")));

        assertThatThrownBy(() -> new WorkbenchCopy(source.database, new io.factdesk.support.StopRequest()).copyTo(target))
                .isInstanceOf(FactdeskException.class)
                .hasMessageStartingWith("cannot copy the workbench from " + source.database.location().shown()
                        + " into " + target.shown() + ": ")
                .hasMessageEndingWith("; nothing was written")
                .satisfies(e -> assertThat(exitOf(e)).isEqualTo(ExitCode.FAILURE))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        if (target instanceof DatabaseLocation.SqliteFile file) {
            assertThat(Files.exists(file.file())).as("the file the failed copy made is gone, schema and all").isFalse();
        }
        try (Database written = Database.open(target)) {
            assertThat(new WorkbenchRowsRepository(written).isEmpty()).isTrue();
        }
    }

    @Test
    void theCurrentDatabaseIsNotATargetAndAMissingFileNotASource() {
        assertThatThrownBy(() -> new WorkbenchCopy(source.database, new io.factdesk.support.StopRequest()).copyTo(DatabaseLocation.parse(sourceFile.toString())))
                .hasMessageContaining("db copy --to names the current database")
                .satisfies(e -> assertThat(exitOf(e)).isEqualTo(ExitCode.BAD_INPUT));

        Path missing = dir.resolve("missing.db");
        try (TestWorkbench empty = new TestWorkbench(engine.newDatabase(dir.resolve("other")), dir.resolve("other"))) {
            assertThatThrownBy(() -> new WorkbenchCopy(empty.database, new io.factdesk.support.StopRequest()).copyFrom(DatabaseLocation.parse(missing.toString())))
                    .hasMessage("db copy --from: " + missing + " does not exist")
                    .satisfies(e -> assertThat(exitOf(e)).isEqualTo(ExitCode.NOT_FOUND));
        }
        assertThat(Files.exists(missing)).as("not created by the attempt").isFalse();
    }
}
