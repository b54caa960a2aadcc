package io.factdesk.db;

import java.nio.file.Path;
import java.util.List;

/** An engine's own checks, sizes and backup. */
public interface Maintenance {

    /** The problems the engine's own checks find; empty when the database is sound. */
    List<String> check();

    /** A consistent copy, or a one-line pointer to the engine's own tool where factdesk does not make one. */
    void backupTo(Path file);

    /** The database's size as the engine reports it, in a line for 'db stats'. */
    String size();

}
