package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.Meta;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestEngine;

/**
 * The two engines' migrations make the same schema: tables, columns, types, nullability, keys, foreign
 * keys and indexes as jOOQ reads them from each database. The differences that are meant are listed
 * here and nowhere else; any other difference (a column added on one engine only, an index forgotten)
 * fails.
 */
class SchemaParityTest {

    /** Columns whose type differs on purpose: SQLite's declared type on the left, PostgreSQL's on the right. */
    private static final Map<String, String> INTENDED_TYPES = new TreeMap<>(Map.ofEntries(
            Map.entry("integer->bigint", "ids and references: SQLite's INTEGER is 64-bit already"),
            Map.entry("integer->boolean", "flags: SQLite keeps 0/1 with a CHECK"),
            Map.entry("text->timestamptz", "times: ISO-8601 text on SQLite"),
            Map.entry("text->date", "dates: ISO-8601 text on SQLite")));

    /** Which columns may have which of the differences above. */
    private static boolean intended(String column, String sqlite, String postgres) {
        String change = sqlite + "->" + postgres;
        String name = column.substring(column.indexOf('.') + 1);
        return switch (change) {
            case "integer->bigint" -> name.equals("id") || name.endsWith("_id");
            case "integer->boolean" -> Set.of("claim.checkworthy", "claim.promoted", "claim.stale").contains(column);
            case "text->timestamptz" -> name.endsWith("_at");
            case "text->date" -> column.equals("seed.published_on") || column.equals("fact_check.date_published");
            default -> false;
        };
    }

    /** Present on one engine only, on purpose: PostgreSQL's search columns (SQLite searches separate FTS5 tables). */
    private static final Set<String> ONLY_ON_POSTGRES = Set.of("claim.search_vector", "fact_check.search_vector");
    private static final Set<String> ONLY_ON_POSTGRES_INDEXES = Set.of("claim.claim_search", "fact_check.fact_check_search");

    @TempDir
    Path dir;

    @Test
    void bothEnginesMigrateToTheSameSchemaApartFromTheListedDifferences() {
        try (Database sqlite = Database.open(TestEngine.SQLITE.newDatabase(dir));
             Database postgres = Database.open(TestEngine.POSTGRESQL.newDatabase(dir))) {
            Schema lite = Schema.of(sqlite.dsl().meta());
            Schema pg = Schema.of(postgres.dsl().meta());

            assertThat(pg.tables()).as("tables").isEqualTo(lite.tables());
            for (String column : lite.columns().keySet()) {
                assertThat(pg.columns()).as("PostgreSQL has column " + column).containsKey(column);
                Column l = lite.columns().get(column);
                Column p = pg.columns().get(column);
                assertThat(p.nullable()).as(column + " nullability").isEqualTo(l.nullable());
                if (!l.type().equals(p.type())) {
                    assertThat(intended(column, l.type(), p.type()))
                            .as(column + " is " + l.type() + " on SQLite and " + p.type() + " on PostgreSQL, which is not"
                                    + " a listed difference " + INTENDED_TYPES.keySet()).isTrue();
                }
            }
            assertThat(pg.columns().keySet().stream().filter(c -> !lite.columns().containsKey(c)).toList())
                    .as("columns only on PostgreSQL").containsExactlyInAnyOrderElementsOf(ONLY_ON_POSTGRES);
            assertThat(pg.keys()).as("primary and unique keys").isEqualTo(lite.keys());
            assertThat(pg.foreignKeys()).as("foreign keys").isEqualTo(lite.foreignKeys());
            Set<String> pgIndexes = new TreeSet<>(pg.indexes());
            pgIndexes.removeIf(i -> ONLY_ON_POSTGRES_INDEXES.stream().anyMatch(i::startsWith));
            assertThat(pgIndexes).as("indexes").isEqualTo(lite.indexes());
        }
    }

    /**
     * Columns compared byte by byte on PostgreSQL, as SQLite's BINARY collation does everywhere: the queue's
     * order (seed names) and the verdict log's hex keys, whose indexes would otherwise compare in the server's
     * locale, a library call per comparison on every imported row.
     */
    @Test
    void orderAndKeyColumnsCompareBytesOnPostgres() {
        try (Database postgres = Database.open(TestEngine.POSTGRESQL.newDatabase(dir))) {
            var collations = postgres.dsl().fetch("SELECT table_name || '.' || column_name, collation_name"
                    + " FROM information_schema.columns WHERE table_schema = current_schema() AND collation_name IS NOT NULL")
                    .intoMap(r -> r.get(0, String.class), r -> r.get(1, String.class));
            assertThat(collations).containsOnlyKeys("seed.name", "claim.seed_name", "verdict.content_key", "verdict.import_key")
                    .allSatisfy((column, collation) -> assertThat(collation).as(column).isEqualTo("C"));
        }
    }

    /** The check itself: a column that differs in a way not listed is caught. */
    @Test
    void anUnlistedDifferenceIsNotIntended() {
        assertThat(intended("claim.text", "text", "integer")).isFalse();
        assertThat(intended("claim.position", "integer", "bigint")).isFalse();
        assertThat(intended("verdict.note", "text", "timestamptz")).isFalse();
        assertThat(intended("verdict.reviewed_at", "text", "timestamptz")).isTrue();
    }

    record Column(String type, boolean nullable) {
    }

    /** One database's schema, in plain strings that compare across engines. */
    record Schema(Set<String> tables, Map<String, Column> columns, Set<String> keys, Set<String> foreignKeys,
                  Set<String> indexes) {

        private static final Set<String> OURS = Set.of("seed", "claim", "import_batch", "verdict", "verdict_evidence",
                "claim_group_member", "fact_check", "claim_embedding", "claim_match", "fact_check_embedding",
                "claim_library_match", "claim_vector_list");

        static Schema of(Meta meta) {
            Set<String> tables = new TreeSet<>();
            Map<String, Column> columns = new TreeMap<>();
            Set<String> keys = new TreeSet<>();
            Set<String> foreignKeys = new TreeSet<>();
            Set<String> indexes = new TreeSet<>();
            for (Table<?> table : meta.getTables()) {
                String t = table.getName().toLowerCase(java.util.Locale.ROOT);
                if (!OURS.contains(t)) {
                    continue;
                }
                tables.add(t);
                // SQLite does not mark an INTEGER PRIMARY KEY as NOT NULL, though a rowid never is null
                Set<String> primary = table.getPrimaryKey() == null ? Set.of() : table.getPrimaryKey().getFields().stream()
                        .map(Field::getName).collect(Collectors.toSet());
                for (Field<?> f : table.fields()) {
                    columns.put(t + "." + f.getName().toLowerCase(java.util.Locale.ROOT),
                            new Column(type(f.getDataType()), f.getDataType().nullable() && !primary.contains(f.getName())));
                }
                if (table.getPrimaryKey() != null) {
                    keys.add("primary " + t + names(table.getPrimaryKey()));
                }
                for (UniqueKey<?> k : table.getUniqueKeys()) {
                    keys.add("unique " + t + names(k));
                }
                // column by column: jOOQ reads SQLite's three references from verdict to verdict as one key
                table.getReferences().forEach(fk -> {
                    for (int i = 0; i < fk.getFields().size(); i++) {
                        foreignKeys.add(t + "(" + fk.getFields().get(i).getName() + ") -> "
                                + fk.getKey().getTable().getName().toLowerCase(java.util.Locale.ROOT)
                                + "(" + fk.getKeyFields().get(i).getName() + ")");
                    }
                });
                for (Index index : table.getIndexes()) {
                    indexes.add(t + "." + index.getName().toLowerCase(java.util.Locale.ROOT) + (index.getUnique() ? " unique" : "")
                            + index.getFields().stream().map(SortField::getName).collect(Collectors.joining(",", "(", ")")));
                }
            }
            return new Schema(tables, columns, keys, foreignKeys, indexes);
        }

        private static String names(UniqueKey<?> key) {
            return names(key.getFields());
        }

        private static String names(java.util.List<? extends Field<?>> fields) {
            return fields.stream().map(f -> f.getName().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(",", "(", ")"));
        }

        /** The type as one word that compares across engines (TEXT and CLOB are both text). */
        private static String type(DataType<?> type) {
            DataType<?> sql = type.getSQLDataType() == null ? type : type.getSQLDataType();
            String name = sql.getTypeName().toLowerCase(java.util.Locale.ROOT);
            return switch (name) {
                case "clob", "varchar", "text", "longvarchar", "nvarchar", "char" -> "text";
                case "int", "integer" -> "integer";
                case "bigint" -> "bigint";
                case "real", "float" -> "real";
                case "boolean" -> "boolean";
                case "timestamp with time zone" -> "timestamptz";
                case "date" -> "date";
                default -> name;
            };
        }
    }
}
