package io.factdesk;

import java.nio.file.Path;

import io.factdesk.db.DatabaseLocation;

/** The engines the repository and service tests run on; parameterised test classes take one of these. */
public enum TestEngine {
    SQLITE {
        @Override
        public DatabaseLocation newDatabase(Path dir) {
            return DatabaseLocation.parse(dir.resolve("test.db").toString());
        }
    },
    POSTGRESQL {
        @Override
        public DatabaseLocation newDatabase(Path dir) {
            return PostgresForTests.newDatabase();
        }
    };

    /** A new, empty, migrated workbench database; SQLite's lives in {@code dir}. */
    public abstract DatabaseLocation newDatabase(Path dir);
}
