package org.globalaifund.engine.review;

import static org.globalaifund.engine.db.Tables.APPLICATION;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Review process's steps, as its delegates call them. Each may run again after a failure (a job retried), so
 * each is idempotent: emails are keyed by review or round, results are written once, transitions count rows.
 */
@Service
@Transactional
public class ReviewLifecycle {

    /** What the ReviewAggregation decision weighs: how many reviews, the spread of their totals, their mean. */
    public record Totals(int count, BigDecimal spread, BigDecimal mean) {}

    private final ReviewRepository reviews;
    private final ApplicationService applications;
    private final ReviewNotices notices;
    private final DSLContext dsl;
    private final Clock clock;

    ReviewLifecycle(ReviewRepository reviews, ApplicationService applications, ReviewNotices notices, DSLContext dsl, Clock clock) {
        this.reviews = reviews;
        this.applications = applications;
        this.notices = notices;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The slot's open review (its deadline and reminder date), with one email to its reviewer. */
    public Review schedule(String applicationId, int slot) {
        Review review = openReview(applicationId, slot);
        notices.assigned(review, applications.get(applicationId));
        return review;
    }

    /** Three days before the deadline: one reminder to the slot's reviewer, unless the review is no longer open. */
    public void remind(String applicationId, int slot) {
        reviews.latestInSlot(applicationId, slot).filter(Review::isOpen).ifPresent(review -> {
            notices.reminder(review, applications.get(applicationId));
            reviews.reminded(review.id(), clock.instant());
        });
    }

    /** The submitted reviews' totals: count, spread and mean, at two decimals. */
    @Transactional(readOnly = true)
    public Totals totals(String applicationId) {
        List<BigDecimal> totals = submittedTotals(applicationId);
        return new Totals(totals.size(), ReviewTotals.spread(totals), ReviewTotals.mean(totals));
    }

    /** Records the aggregated result with its recommendation band once, and marks the application reviewed. */
    public ReviewResult record(String applicationId, Recommendation recommendation) {
        List<BigDecimal> totals = submittedTotals(applicationId);
        reviews.insertResult(new ReviewResult(applicationId, totals.size(), ReviewTotals.mean(totals), ReviewTotals.spread(totals),
                recommendation, clock.instant()));
        applications.transition(applicationId, ApplicationStatus.REVIEWED, "REVIEWED", null, ApplicationStatus.IN_REVIEW);
        return reviews.result(applicationId).orElseThrow();
    }

    /** Emails the applicant the question ADMIN asked during review; returns when it must be answered. */
    public Instant informationRequested(String applicationId) {
        Application app = applications.get(applicationId);
        var request = dsl.select(APPLICATION.INFORMATION_ROUND, APPLICATION.INFORMATION_QUESTION, APPLICATION.INFORMATION_DUE_AT)
                .from(APPLICATION).where(APPLICATION.ID.eq(applicationId)).fetchOne();
        if (request == null || request.value3() == null) {
            throw FundException.notFound("Information request");
        }
        notices.informationRequested(app, request.value1(), request.value2(), request.value3());
        return request.value3();
    }

    /** The question went unanswered by its deadline: the review goes on without the answer. */
    public void informationLapsed(String applicationId) {
        applications.transition(applicationId, ApplicationStatus.IN_REVIEW, "INFORMATION_UNANSWERED", null, ApplicationStatus.MORE_INFORMATION);
    }

    private Review openReview(String applicationId, int slot) {
        return reviews.latestInSlot(applicationId, slot).filter(Review::isOpen)
                .orElseThrow(() -> FundException.notFound("Open review in slot " + slot));
    }

    private List<BigDecimal> submittedTotals(String applicationId) {
        return reviews.ofApplication(applicationId).stream().filter(r -> r.status() == ReviewStatus.SUBMITTED).map(Review::total).toList();
    }
}
