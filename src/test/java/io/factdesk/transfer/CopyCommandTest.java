package io.factdesk.transfer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/** The options are checked before any database is opened: no service is needed to refuse them. */
class CopyCommandTest {

    private final CopyCommand command = new CopyCommand(null);

    @Test
    void exactlyOneOfToAndFrom() {
        assertThatThrownBy(() -> command.copy(null, null, null)).isInstanceOf(FactdeskException.class)
                .hasMessage("db copy needs exactly one of --to URL_OR_PATH and --from URL_OR_PATH")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThatThrownBy(() -> command.copy(null, "a.db", "postgresql://lan@localhost/factdesk"))
                .hasMessage("db copy needs exactly one of --to URL_OR_PATH and --from URL_OR_PATH")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aValueThatNamesNoDatabaseIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> command.copy(null, " ", null))
                .hasMessage("db copy --to is empty; name a database file or a postgresql:// URL")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThatThrownBy(() -> command.copy(null, null, "postgresql://lan:secret@localhost:5432/"))
                .hasMessage("db copy --from names a PostgreSQL server but no database: write postgresql://user@host:5432/DATABASE")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThatThrownBy(() -> command.copy(null, "postgresql://lan:secret@local host/x", null))
                .hasMessageStartingWith("db copy --to is not a valid PostgreSQL URL")
                .hasMessageNotContaining("secret")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
