package org.globalaifund.engine.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.call.ReviewWeights;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's side of the review: their reviews, the conflict-of-interest declaration that comes before anything
 * beyond title, organisation and country, and the independent scores. A review that is not the reviewer's, that they
 * declared a conflict on, or that was given to someone else is "not found"; so is one they may no longer review.
 */
@Service
@Transactional
public class ReviewService {

    /** A review with its application, for the reviewer's pages. */
    public record ReviewItem(Review review, Application application) {}

    /** Another reviewer's submitted review, shown only once the reader submitted their own; reviewers stay anonymous. */
    public record PeerReview(int slot, BigDecimal total, List<ReviewScore> scores) {}

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;

    private final ReviewRepository reviews;
    private final ApplicationService applications;
    private final CallService calls;
    private final ReviewerPool pool;
    private final ReviewProcess process;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ApplicationService applications, CallService calls, ReviewerPool pool, ReviewProcess process,
            MessageSourceAccessor texts, Clock clock) {
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
        this.pool = pool;
        this.process = process;
        this.texts = texts;
        this.clock = clock;
    }

    /** The reviewer's open and submitted reviews, the nearest deadline first. */
    @Transactional(readOnly = true)
    public List<ReviewItem> mine(String reviewerId) {
        return reviews.visibleTo(reviewerId).stream().map(r -> new ReviewItem(r, applications.get(r.applicationId())))
                .filter(i -> visible(reviewerId, i.application())).toList();
    }

    /** One of the reviewer's reviews, or "not found". */
    @Transactional(readOnly = true)
    public ReviewItem mine(String reviewerId, String reviewId) {
        Review review = reviews.find(reviewId).filter(r -> r.reviewerId().equals(reviewerId))
                .filter(r -> r.isOpen() || r.status() == ReviewStatus.SUBMITTED).orElseThrow(() -> FundException.notFound("Review"));
        Application app = applications.get(review.applicationId());
        if (!visible(reviewerId, app)) {
            throw FundException.notFound("Review");
        }
        return new ReviewItem(review, app);
    }

    /** A withdrawn application leaves its reviewers' pages; so does one the reviewer turned out to be too close to. */
    private boolean visible(String reviewerId, Application app) {
        return app.status() != ApplicationStatus.WITHDRAWN && !pool.conflictedWith(reviewerId, app);
    }

    /**
     * The reviewer's declaration: no conflict (the application opens to them), or a conflict with its reason (the
     * review closes, ADMIN is asked to assign another reviewer). Once only, before the deadline.
     */
    public Review declare(String reviewerId, String reviewId, String choice, String reason) {
        Review review = open(reviewerId, reviewId);
        boolean conflict = "CONFLICT".equals(choice);
        if (!conflict && !"NO_CONFLICT".equals(choice)) {
            throw FundException.invalid("choice", texts.getMessage("review.error.choice"));
        }
        String why = reason == null ? "" : reason.strip();
        if (conflict && (why.isEmpty() || why.length() > MAX_REASON)) {
            throw FundException.invalid("reason", texts.getMessage("review.error.reason"));
        }
        if (!reviews.declare(review.id(), conflict ? ReviewStatus.CONFLICTED : ReviewStatus.DECLARED, conflict ? why : null, clock.instant())) {
            throw FundException.conflict(texts.getMessage("review.error.declared"));
        }
        Review declared = reviews.find(review.id()).orElseThrow();
        if (conflict) {
            process.conflicted(declared);
        }
        return declared;
    }

    /**
     * The reviewer's scores, each 1-5 with a comment, once, after declaring no conflict and before the deadline. The
     * total is the weighted mean with the call's weights; the Review process learns of it in the same transaction.
     */
    public Review submit(String reviewerId, String reviewId, Map<ReviewCriterion, String> typedScores, Map<ReviewCriterion, String> comments) {
        Review review = open(reviewerId, reviewId);
        if (review.status() != ReviewStatus.DECLARED) {
            throw FundException.conflict(texts.getMessage("review.error.declareFirst"));
        }
        ReviewWeights weights = calls.get(applications.get(review.applicationId()).callId()).weights();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
        List<ReviewScore> rows = new ArrayList<>();
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            String typed = typedScores.getOrDefault(criterion, "");
            Integer score = typed != null && typed.strip().matches("[1-5]") ? Integer.valueOf(typed.strip()) : null;
            if (score == null) {
                errors.put("score_" + criterion.name(), texts.getMessage("review.error.score"));
            }
            String comment = comments.getOrDefault(criterion, "") == null ? "" : comments.get(criterion).strip();
            if (comment.isEmpty() || comment.length() > MAX_TEXT) {
                errors.put("comment_" + criterion.name(), texts.getMessage("review.error.comment"));
            }
            if (score != null) {
                scores.put(criterion, score);
                rows.add(new ReviewScore(criterion, score, comment, weights.share(criterion)));
            }
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, String.join(" ", errors.values()), errors);
        }
        BigDecimal total = ReviewTotals.total(scores, weights);
        if (!reviews.submit(review.id(), total, rows, clock.instant())) {
            throw FundException.conflict(texts.getMessage("review.error.submitted"));
        }
        Review submitted = reviews.find(review.id()).orElseThrow();
        process.submitted(submitted);
        return submitted;
    }

    @Transactional(readOnly = true)
    public List<ReviewScore> scores(String reviewId) {
        return reviews.scores(reviewId);
    }

    /** The other submitted reviews of the same application, once the reader's own is submitted; empty before. */
    @Transactional(readOnly = true)
    public List<PeerReview> peers(Review own) {
        if (own.status() != ReviewStatus.SUBMITTED) {
            return List.of();
        }
        return reviews.ofApplication(own.applicationId()).stream()
                .filter(r -> r.status() == ReviewStatus.SUBMITTED && !r.id().equals(own.id()))
                .map(r -> new PeerReview(r.slot(), r.total(), reviews.scores(r.id()))).toList();
    }

    private Review open(String reviewerId, String reviewId) {
        Review review = mine(reviewerId, reviewId).review();
        if (!review.isOpen()) {
            throw FundException.conflict(texts.getMessage("review.error.submitted"));
        }
        if (review.isOverdue(now())) {
            throw FundException.conflict(texts.getMessage("review.error.overdue"));
        }
        return review;
    }

    private Instant now() {
        return clock.instant();
    }
}
