package org.globalaifund.engine.review;

import static org.globalaifund.engine.db.Tables.REVIEW;
import static org.globalaifund.engine.db.Tables.REVIEW_RESULT;
import static org.globalaifund.engine.db.Tables.REVIEW_SCORE;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.db.tables.records.ReviewRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The review tables: reviews per slot and attempt, their scores, and the aggregated result per application. */
@Repository
public class ReviewRepository {

    private final DSLContext dsl;

    ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new review in {@code slot}, as the next attempt for that slot. */
    Review insert(String applicationId, int slot, String reviewerId, String assignedBy, Instant now, Instant dueAt, Instant remindAt) {
        int attempt = dsl.select(DSL.coalesce(DSL.max(REVIEW.ATTEMPT), 0)).from(REVIEW)
                .where(REVIEW.APPLICATION_ID.eq(applicationId), REVIEW.SLOT.eq(slot)).fetchOne(0, Integer.class) + 1;
        String id = UUID.randomUUID().toString();
        dsl.insertInto(REVIEW).set(REVIEW.ID, id).set(REVIEW.APPLICATION_ID, applicationId).set(REVIEW.SLOT, slot)
                .set(REVIEW.ATTEMPT, attempt).set(REVIEW.REVIEWER_ID, reviewerId).set(REVIEW.STATUS, ReviewStatus.ASSIGNED.name())
                .set(REVIEW.ASSIGNED_AT, now).set(REVIEW.ASSIGNED_BY, assignedBy).set(REVIEW.DUE_AT, dueAt)
                .set(REVIEW.REMIND_AT, remindAt).execute();
        return find(id).orElseThrow();
    }

    Optional<Review> find(String id) {
        return dsl.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional(ReviewRepository::toReview);
    }

    /** The latest attempt in the slot, whatever its status. */
    Optional<Review> latestInSlot(String applicationId, int slot) {
        return dsl.selectFrom(REVIEW).where(REVIEW.APPLICATION_ID.eq(applicationId), REVIEW.SLOT.eq(slot))
                .orderBy(REVIEW.ATTEMPT.desc()).limit(1).fetchOptional(ReviewRepository::toReview);
    }

    List<Review> ofApplication(String applicationId) {
        return dsl.selectFrom(REVIEW).where(REVIEW.APPLICATION_ID.eq(applicationId)).orderBy(REVIEW.SLOT, REVIEW.ATTEMPT)
                .fetch(ReviewRepository::toReview);
    }

    /** The reviewer's reviews that are theirs to see: open or submitted (conflicted and replaced ones are gone). */
    List<Review> visibleTo(String reviewerId) {
        return dsl.selectFrom(REVIEW).where(REVIEW.REVIEWER_ID.eq(reviewerId),
                        REVIEW.STATUS.in(ReviewStatus.ASSIGNED.name(), ReviewStatus.DECLARED.name(), ReviewStatus.SUBMITTED.name()))
                .orderBy(REVIEW.DUE_AT).fetch(ReviewRepository::toReview);
    }

    /** How many open reviews each reviewer has. */
    Map<String, Integer> openLoad() {
        return dsl.select(REVIEW.REVIEWER_ID, DSL.count()).from(REVIEW)
                .where(REVIEW.STATUS.in(ReviewStatus.ASSIGNED.name(), ReviewStatus.DECLARED.name()))
                .groupBy(REVIEW.REVIEWER_ID).fetchMap(REVIEW.REVIEWER_ID, DSL.count());
    }

    /** Moves the review to {@code to} when it is in one of {@code from}; false and nothing changed otherwise. */
    boolean declare(String id, ReviewStatus to, String conflictReason, Instant now) {
        var update = dsl.update(REVIEW).set(REVIEW.STATUS, to.name()).set(REVIEW.DECLARED_AT, now)
                .set(REVIEW.CONFLICT_REASON, conflictReason);
        if (to == ReviewStatus.CONFLICTED) {
            update = update.set(REVIEW.CLOSED_AT, now);
        }
        return update.where(REVIEW.ID.eq(id), REVIEW.STATUS.eq(ReviewStatus.ASSIGNED.name())).execute() == 1;
    }

    boolean submit(String id, BigDecimal total, List<ReviewScore> scores, Instant now) {
        int rows = dsl.update(REVIEW).set(REVIEW.STATUS, ReviewStatus.SUBMITTED.name()).set(REVIEW.SUBMITTED_AT, now)
                .set(REVIEW.TOTAL, total).where(REVIEW.ID.eq(id), REVIEW.STATUS.eq(ReviewStatus.DECLARED.name())).execute();
        if (rows != 1) {
            return false;
        }
        for (ReviewScore s : scores) {
            dsl.insertInto(REVIEW_SCORE).set(REVIEW_SCORE.REVIEW_ID, id).set(REVIEW_SCORE.CRITERION, s.criterion().name())
                    .set(REVIEW_SCORE.SCORE, s.score()).set(REVIEW_SCORE.COMMENT, s.comment()).set(REVIEW_SCORE.WEIGHT, s.weight())
                    .execute();
        }
        return true;
    }

    /** Closes an open review whose reviewer let the deadline pass. */
    boolean closeOverdue(String id, Instant now) {
        return dsl.update(REVIEW).set(REVIEW.STATUS, ReviewStatus.OVERDUE.name()).set(REVIEW.CLOSED_AT, now)
                .where(REVIEW.ID.eq(id), REVIEW.STATUS.in(ReviewStatus.ASSIGNED.name(), ReviewStatus.DECLARED.name())).execute() == 1;
    }

    void reminded(String id, Instant now) {
        dsl.update(REVIEW).set(REVIEW.REMINDED_AT, now).where(REVIEW.ID.eq(id), REVIEW.REMINDED_AT.isNull()).execute();
    }

    List<ReviewScore> scores(String reviewId) {
        return dsl.selectFrom(REVIEW_SCORE).where(REVIEW_SCORE.REVIEW_ID.eq(reviewId)).fetch(r -> new ReviewScore(
                ReviewCriterion.valueOf(r.getCriterion()), r.getScore(), r.getComment(), r.getWeight())).stream()
                .sorted((a, b) -> Integer.compare(a.criterion().ordinal(), b.criterion().ordinal())).toList();
    }

    /** Records the result once; a step that runs again finds it there and changes nothing. */
    boolean insertResult(ReviewResult result) {
        return dsl.insertInto(REVIEW_RESULT).set(REVIEW_RESULT.APPLICATION_ID, result.applicationId())
                .set(REVIEW_RESULT.REVIEW_COUNT, result.reviewCount()).set(REVIEW_RESULT.MEAN_SCORE, result.meanScore())
                .set(REVIEW_RESULT.SCORE_SPREAD, result.scoreSpread()).set(REVIEW_RESULT.RECOMMENDATION, result.recommendation().name())
                .set(REVIEW_RESULT.DECIDED_AT, result.decidedAt()).onDuplicateKeyIgnore().execute() == 1;
    }

    Optional<ReviewResult> result(String applicationId) {
        return dsl.selectFrom(REVIEW_RESULT).where(REVIEW_RESULT.APPLICATION_ID.eq(applicationId)).fetchOptional(r -> new ReviewResult(
                r.getApplicationId(), r.getReviewCount(), r.getMeanScore(), r.getScoreSpread(), Recommendation.valueOf(r.getRecommendation()),
                r.getDecidedAt()));
    }

    private static Review toReview(ReviewRecord r) {
        return new Review(r.getId(), r.getApplicationId(), r.getSlot(), r.getAttempt(), r.getReviewerId(), ReviewStatus.valueOf(r.getStatus()),
                r.getAssignedAt(), r.getDueAt(), r.getRemindAt(), r.getDeclaredAt(), r.getConflictReason(), r.getSubmittedAt(), r.getTotal());
    }
}
