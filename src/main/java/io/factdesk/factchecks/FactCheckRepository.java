package io.factdesk.factchecks;

import static io.factdesk.jooq.Tables.FACT_CHECK;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;
import io.factdesk.db.FullTextSearch;
import io.factdesk.db.SearchText;
import io.factdesk.db.FullTextSearch.Term;

/**
 * The library of published fact-checks. One row per review URL, kept by the table's UNIQUE key: an insert the
 * key refuses does nothing (ON CONFLICT DO NOTHING), so that a second import of a review, from this file or
 * another, at once or at the same moment in another process, is never read first and never written twice.
 * Public for the features that read the library ({@link #all}, {@link #byUrl}).
 */
@Repository
public class FactCheckRepository {

    /** No --limit: every row. */
    public static final int NO_LIMIT = -1;

    private final DSLContext dsl;
    private final FullTextSearch search;

    public FactCheckRepository(Database database) {
        this.dsl = database.dsl();
        this.search = database.fullTextSearch();
    }

    /** Stores the review unless one with its URL is in the library already; true when it was stored. */
    boolean insert(NewFactCheck f, String sourceFile, Instant now) {
        return dsl.insertInto(FACT_CHECK)
                .set(FACT_CHECK.CLAIM_REVIEWED, f.claimReviewed())
                .set(FACT_CHECK.SEARCH_TEXT, SearchText.fold(f.claimReviewed()))
                .set(FACT_CHECK.RATING_VALUE, asFloat(f.ratingValue()))
                .set(FACT_CHECK.BEST_RATING, asFloat(f.bestRating()))
                .set(FACT_CHECK.WORST_RATING, asFloat(f.worstRating()))
                .set(FACT_CHECK.RATING_NAME, f.ratingName())
                .set(FACT_CHECK.NORMALISED_RATING, asFloat(f.normalisedRating()))
                .set(FACT_CHECK.REVIEW_URL, f.reviewUrl())
                .set(FACT_CHECK.PUBLISHER_NAME, f.publisherName())
                .set(FACT_CHECK.PUBLISHER_URL, f.publisherUrl())
                .set(FACT_CHECK.DATE_PUBLISHED, f.datePublished())
                .set(FACT_CHECK.CLAIM_AUTHOR, f.claimAuthor())
                .set(FACT_CHECK.APPEARANCE_URL, f.appearanceUrl())
                .set(FACT_CHECK.LANGUAGE, f.language())
                .set(FACT_CHECK.SOURCE_FILE, sourceFile)
                .set(FACT_CHECK.IMPORTED_AT, now)
                .onConflict(FACT_CHECK.REVIEW_URL).doNothing()
                .execute() == 1;
    }

    /** Every fact-check in the library, in the order they were imported. */
    public List<FactCheck> all() {
        return dsl.selectFrom(FACT_CHECK).orderBy(FACT_CHECK.ID).fetch(FactCheckRepository::factCheck);
    }

    /** The fact-check published at this review URL, compared exactly as stored. */
    public Optional<FactCheck> byUrl(String reviewUrl) {
        return dsl.selectFrom(FACT_CHECK).where(FACT_CHECK.REVIEW_URL.eq(reviewUrl))
                .fetchOptional(FactCheckRepository::factCheck);
    }

    /** The newest first (by publication date, undated last), at most {@code limit}. */
    List<FactCheck> newest(int limit) {
        return page(org.jooq.impl.DSL.noCondition(), limit);
    }

    /** Those whose claim holds every term, newest first, at most {@code limit}. */
    List<FactCheck> search(List<Term> terms, int limit) {
        return page(search.matches(FullTextSearch.Index.FACT_CHECKS, FACT_CHECK.ID, terms), limit);
    }

    int count() {
        return dsl.fetchCount(FACT_CHECK);
    }

    private List<FactCheck> page(Condition where, int limit) {
        var ordered = dsl.selectFrom(FACT_CHECK).where(where)
                .orderBy(FACT_CHECK.DATE_PUBLISHED.desc().nullsLast(), FACT_CHECK.ID.desc());
        return (limit == NO_LIMIT ? ordered.fetch() : ordered.limit(limit).fetch()).map(FactCheckRepository::factCheck);
    }

    static FactCheck factCheck(Record r) {
        var date = r.get(FACT_CHECK.DATE_PUBLISHED);
        return new FactCheck(r.get(FACT_CHECK.ID), r.get(FACT_CHECK.CLAIM_REVIEWED), asDouble(r.get(FACT_CHECK.NORMALISED_RATING)),
                r.get(FACT_CHECK.RATING_NAME), r.get(FACT_CHECK.REVIEW_URL), r.get(FACT_CHECK.PUBLISHER_NAME),
                date == null ? null : date.toString(), asDouble(r.get(FACT_CHECK.RATING_VALUE)),
                asDouble(r.get(FACT_CHECK.BEST_RATING)), asDouble(r.get(FACT_CHECK.WORST_RATING)),
                r.get(FACT_CHECK.PUBLISHER_URL), r.get(FACT_CHECK.CLAIM_AUTHOR), r.get(FACT_CHECK.APPEARANCE_URL),
                r.get(FACT_CHECK.LANGUAGE), r.get(FACT_CHECK.SOURCE_FILE), r.get(FACT_CHECK.IMPORTED_AT));
    }

    /** Stored as a 32-bit float on both engines (REAL / real), so that a copy between them keeps every bit. */
    private static Float asFloat(Double value) {
        return value == null ? null : value.floatValue();
    }

    /** The float as the decimal it prints as: 0.6666667, not the double nearest the float's binary value. */
    private static Double asDouble(Float value) {
        return value == null ? null : Double.valueOf(Float.toString(value));
    }
}
