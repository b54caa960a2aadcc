package io.factdesk.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/**
 * PostgreSQL has no integrity_check: the server keeps foreign keys and constraints itself. What 'db check'
 * looks at instead is what factdesk relies on and a careless administrator could undo: every constraint
 * validated, the triggers of the logs' rules present and enabled, and every claim's count of live verdicts
 * agreeing with the log. Where the amcheck extension is installed, the B-tree indexes are checked too.
 * Backups are PostgreSQL's own business: pg_dump.
 */
final class PostgresMaintenance implements Maintenance {

    private static final List<String> RULE_TRIGGERS = List.of(
            "verdict_append_only", "verdict_append_only_truncate",
            "evidence_append_only", "evidence_append_only_truncate",
            "desk_event_append_only", "desk_event_append_only_truncate", "verdict_after_publication",
            "claim_keeps_publication", "claim_keeps_published_wording", "desk_event_editor_steps");

    private final DatabaseLocation.PostgresServer server;
    private final DSLContext dsl;

    PostgresMaintenance(DatabaseLocation.PostgresServer server, DSLContext dsl) {
        this.server = server;
        this.dsl = dsl;
    }

    @Override
    public List<String> check() {
        List<String> problems = new ArrayList<>();
        dsl.fetch("SELECT conrelid::regclass::text, conname FROM pg_constraint"
                        + " WHERE NOT convalidated AND connamespace = current_schema()::regnamespace")
                .forEach(r -> problems.add("constraint " + r.get(1) + " on " + r.get(0) + " is not validated"));
        for (String trigger : RULE_TRIGGERS) {
            var found = dsl.fetchOptional("SELECT tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    + " WHERE t.tgname = {0} AND c.relnamespace = current_schema()::regnamespace",
                    org.jooq.impl.DSL.val(trigger));
            if (found.isEmpty()) {
                problems.add("trigger " + trigger + " is missing: the logs' rules are not enforced");
            } else if ("D".equals(String.valueOf(found.get().get(0)))) {
                problems.add("trigger " + trigger + " is disabled: the logs' rules are not enforced");
            }
        }
        dsl.fetch("SELECT c.id, c.live_verdicts, (SELECT count(*) FROM verdict v WHERE v.claim_id = c.id AND v.kind = 'VERDICT'"
                        + " AND NOT EXISTS (SELECT 1 FROM verdict u WHERE u.retracts_id = v.id)) AS live FROM claim c"
                        + " WHERE c.live_verdicts <> (SELECT count(*) FROM verdict v WHERE v.claim_id = c.id AND v.kind = 'VERDICT'"
                        + " AND NOT EXISTS (SELECT 1 FROM verdict u WHERE u.retracts_id = v.id)) ORDER BY c.id LIMIT 20")
                .forEach(r -> problems.add("claim " + r.get(0) + " counts " + r.get(1) + " live verdicts; the log has " + r.get(2)));
        // publishing is the desk log's trigger's alone (V23); a claim published without a sign-off was published by
        // hand before that, or by a role that could switch the trigger off
        dsl.fetch("SELECT c.id FROM claim c WHERE c.published_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM desk_event d"
                        + " WHERE d.claim_id = c.id AND d.kind IN ('APPROVE', 'DECIDE')) ORDER BY c.id LIMIT 20")
                .forEach(r -> problems.add("claim " + r.get(0) + " is published but has no sign-off in the desk log"));
        // amcheck's index check where it is installed and this role may run it (its owner grants that; the README
        // says how): a role without the grant is not a damaged index
        if (dsl.fetchExists(dsl.selectOne().from("pg_extension").where("extname = 'amcheck'"))
                && Boolean.TRUE.equals(dsl.fetchValue("SELECT has_function_privilege('bt_index_check(regclass)', 'EXECUTE')"))) {
            dsl.fetch("SELECT i.indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                            + " JOIN pg_am a ON a.oid = (SELECT relam FROM pg_class WHERE oid = i.indexrelid)"
                            + " WHERE c.relnamespace = current_schema()::regnamespace AND a.amname = 'btree'")
                    .forEach(r -> {
                        try {
                            dsl.execute("SELECT bt_index_check({0}::regclass)", org.jooq.impl.DSL.val(r.get(0)));
                        } catch (org.jooq.exception.DataAccessException e) {
                            problems.add("index " + r.get(0) + ": " + Database.firstLine(e.getMessage()));
                        }
                    });
        }
        return problems;
    }


    @Override
    public void backupTo(Path file) {
        if (!String.valueOf(file).equals(io.factdesk.support.TerminalText.safe(String.valueOf(file)))) {
            // a tab or newline would be shown escaped, and the command pasted would name another file
            throw FactdeskException.badInput("db backup: the file name holds a control character; name another file");
        }
        // as the database's owner: a reviewer's role may not read the sequences, so its pg_dump would fail
        String owner = String.valueOf(dsl.fetchValue("SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_database"
                + " WHERE datname = current_database()"));
        String url = "postgresql://" + DatabaseLocation.PostgresServer.encode(owner) + "@" + server.hostAndPort() + "/"
                + DatabaseLocation.PostgresServer.encode(server.database())
                + ConnectionParameters.forLibpq(server.query());
        throw new FactdeskException(ExitCode.BAD_INPUT, io.factdesk.support.TerminalText.safe("db backup copies SQLite"
                + " files; for PostgreSQL the database's owner runs: pg_dump --format=custom --file="
                + shellQuoted(String.valueOf(file)) + " " + shellQuoted(url)));
    }

    /** One word to a POSIX shell, whatever it holds: in single quotes, each single quote closed, escaped and reopened. */
    static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Override
    public String size() {
        return String.valueOf(dsl.fetchValue("SELECT pg_size_pretty(pg_database_size(current_database()))"));
    }
}
