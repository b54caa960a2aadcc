package io.factdesk.agreement;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.VERDICT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.claims.ClaimStatus;
import io.factdesk.db.Database;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictRepository;

/**
 * Each reviewer's current verdict on each claim (their newest verdict not taken back), as judgements.
 * Claims whose sentence has left its seed (stale) are left out, as the report leaves them out.
 */
@Repository
public class AgreementRepository {

    /** Rows a cursor holds at a time (PostgreSQL's driver would otherwise read the whole result first). */
    private static final int FETCH_SIZE = 10_000;

    private final DSLContext dsl;

    public AgreementRepository(Database database) {
        this.dsl = database.dsl();
    }

    public List<Judgement> currentVerdicts(AgreementFilter filter) {
        Condition where = VerdictRepository.isLive().and(CLAIM.STATUS.ne(ClaimStatus.STALE));
        if (filter.seed() != null) {
            where = where.and(CLAIM.SEED_NAME.eq(filter.seed()));
        }
        // Entries come oldest first, so the last one per claim and reviewer is the current verdict. Names are
        // grouped in canonical form, as everywhere, so a name stored before the rules is the same person. The
        // time and reviewer filters apply to the current verdict only: an older one never stands in for it.
        Map<Key, Current> current = new LinkedHashMap<>();
        try (var cursor = dsl.select(VERDICT.CLAIM_ID, VERDICT.REVIEWER, VERDICT.RATING, VERDICT.REVIEWED_AT)
                .from(VERDICT).join(CLAIM).on(CLAIM.ID.eq(VERDICT.CLAIM_ID))
                .where(where)
                .orderBy(VERDICT.ID)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(r -> {
                String reviewer = ReviewerName.canonical(r.value2());
                current.put(new Key(r.value1(), reviewer), new Current(r.value3(), r.value4()));
            });
        }
        List<Judgement> out = new ArrayList<>(current.size());
        current.forEach((k, v) -> {
            if (!k.reviewer().isEmpty() && filter.includes(k.reviewer()) && (filter.since() == null || !v.reviewedAt().isBefore(filter.since()))) {
                out.add(new Judgement(k.claim(), k.reviewer(), v.rating()));
            }
        });
        return out;
    }

    private record Key(long claim, String reviewer) {
    }

    private record Current(Rating rating, Instant reviewedAt) {
    }
}
