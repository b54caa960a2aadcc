package io.factdesk.seeds;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.SEED;
import static org.jooq.impl.DSL.selectCount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;
import io.factdesk.jooq.tables.records.SeedRecord;

@Repository
public class SeedRepository {

    private final DSLContext dsl;

    public SeedRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Name and content hash of every stored seed that the given rules version produced, to
     * tell new and changed files from unchanged ones; seeds from other versions are left
     * out, so they count as changed and are processed again, and so are seeds marked removed (a file
     * that comes back is read again, which brings its claims back).
     */
    public Map<String, String> hashesByName(int extractorVersion) {
        return dsl.select(SEED.NAME, SEED.CONTENT_HASH).from(SEED)
                .where(SEED.EXTRACTOR_VERSION.eq(extractorVersion), SEED.REMOVED_AT.isNull())
                .fetchMap(SEED.NAME, SEED.CONTENT_HASH);
    }

    public java.util.Set<String> names() {
        return new java.util.HashSet<>(dsl.select(SEED.NAME).from(SEED).fetch(SEED.NAME));
    }

    /** Id by name of every seed not marked removed. */
    public Map<String, Long> presentIdsByName() {
        return dsl.select(SEED.NAME, SEED.ID).from(SEED).where(SEED.REMOVED_AT.isNull()).fetchMap(SEED.NAME, SEED.ID);
    }

    /** Names of the seeds marked removed. */
    public java.util.Set<String> removedNames() {
        return new java.util.HashSet<>(dsl.select(SEED.NAME).from(SEED).where(SEED.REMOVED_AT.isNotNull()).fetch(SEED.NAME));
    }

    /**
     * The file of this seed is gone: remembered, so the next ingest reads it again when it comes back.
     * False when another process marked it first.
     */
    public boolean markRemoved(long id, Instant now) {
        return dsl.update(SEED).set(SEED.REMOVED_AT, now).where(SEED.ID.eq(id), SEED.REMOVED_AT.isNull()).execute() == 1;
    }

    /** The seed's source URL (null when the seed gives none or there is no such seed). */
    public String sourceUrlOf(String name) {
        return dsl.select(SEED.SOURCE_URL).from(SEED).where(SEED.NAME.eq(name)).fetchOptional(SEED.SOURCE_URL).orElse(null);
    }

    /** Whether the seed is stored with this text, read by this extractor version, and not marked removed. */
    public boolean isCurrent(String name, String contentHash, int extractorVersion) {
        return dsl.fetchExists(SEED, SEED.NAME.eq(name), SEED.CONTENT_HASH.eq(contentHash),
                SEED.EXTRACTOR_VERSION.eq(extractorVersion), SEED.REMOVED_AT.isNull());
    }

    public Optional<Long> idOf(String name) {
        return dsl.select(SEED.ID).from(SEED).where(SEED.NAME.eq(name)).fetchOptional(SEED.ID);
    }

    public long insert(SeedFile file, SeedMetadata meta, Instant now) {
        SeedRecord r = dsl.newRecord(SEED);
        r.setName(file.name());
        fill(r, file, meta, now);
        return dsl.insertInto(SEED).set(r).returning(SEED.ID).fetchSingle(SEED.ID);
    }

    public void update(long id, SeedFile file, SeedMetadata meta, Instant now) {
        SeedRecord r = dsl.fetchSingle(SEED, SEED.ID.eq(id));
        fill(r, file, meta, now);
        r.store();
    }

    private static void fill(SeedRecord r, SeedFile file, SeedMetadata meta, Instant now) {
        r.setContentHash(file.contentHash());
        r.setTitle(meta.title());
        r.setByline(meta.byline());
        r.setPublishedOn(meta.publishedOn() == null ? null : LocalDate.parse(meta.publishedOn()));
        r.setPublishedText(meta.publishedText());
        r.setSourceUrl(meta.sourceUrl());
        r.setLanguage(meta.language());
        r.setBody(file.text());
        r.setIngestedAt(now);
        r.setExtractorVersion(io.factdesk.claims.ClaimExtractor.VERSION);
        r.setRemovedAt(null);
    }

    public List<Seed> list() {
        var claims = selectCount().from(CLAIM).where(CLAIM.SEED_ID.eq(SEED.ID), CLAIM.STALE.isFalse()).asField("claims");
        var queue = selectCount().from(CLAIM)
                .where(CLAIM.SEED_ID.eq(SEED.ID), CLAIM.STALE.isFalse(), CLAIM.CHECKWORTHY.isTrue().or(CLAIM.PROMOTED.isTrue()))
                .asField("queue");
        return dsl.select(SEED.ID, SEED.NAME, SEED.CONTENT_HASH, SEED.TITLE, SEED.BYLINE, SEED.PUBLISHED_ON,
                        SEED.PUBLISHED_TEXT, SEED.SOURCE_URL, SEED.LANGUAGE, SEED.INGESTED_AT, SEED.REMOVED_AT, claims, queue)
                .from(SEED)
                .orderBy(SEED.NAME)
                .fetch(r -> toSeed(r, r.get(claims, Integer.class), r.get(queue, Integer.class)));
    }

    private static Seed toSeed(Record r, int claims, int queue) {
        LocalDate published = r.get(SEED.PUBLISHED_ON);
        Instant removed = r.get(SEED.REMOVED_AT);
        return new Seed(r.get(SEED.ID), r.get(SEED.NAME), r.get(SEED.CONTENT_HASH),
                new SeedMetadata(r.get(SEED.TITLE), r.get(SEED.BYLINE), published == null ? null : published.toString(),
                        r.get(SEED.PUBLISHED_TEXT), r.get(SEED.SOURCE_URL), r.get(SEED.LANGUAGE)),
                r.get(SEED.INGESTED_AT).toString(), claims, queue, removed == null ? null : removed.toString());
    }
}
