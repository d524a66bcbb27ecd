package org.globalaifund.engine.review;

import org.globalaifund.engine.application.ApplicationFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;
import static org.globalaifund.engine.db.Tables.REVIEW;
import static org.globalaifund.engine.review.ReviewFixtures.comments;
import static org.globalaifund.engine.review.ReviewFixtures.scores;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationEvent;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.review.ReviewAssignment.AssignmentTask;
import org.globalaifund.engine.review.ReviewAssignment.Kind;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Review process run from the application, through the services, with the job executor off: assignment with
 * suggestions, declarations, independent scores, aggregation with and without a third review, reminders and
 * reassignment on the engine's clock, and a question to the applicant that holds the review.
 */
@FundEngineTest
class ReviewFlowTest {

    @Autowired ReviewFixtures fx;
    @Autowired ReviewAssignment assignment;
    @Autowired ReviewService reviews;
    @Autowired ReviewRepository repository;
    @Autowired ApplicationService applications;
    @Autowired RuntimeService runtime;
    @Autowired DSLContext dsl;

    Person admin;
    Person applicant;
    Person first;
    Person second;
    Person third;

    @BeforeEach
    void people() {
        admin = fx.person(Role.ADMIN);
        applicant = fx.person(Role.APPLICANT);
        first = fx.person(Role.REVIEWER);
        second = fx.person(Role.REVIEWER);
        third = fx.person(Role.REVIEWER);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twoCloseReviewsGiveTheMeanAndItsBand() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);

        assertThat(status(app)).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(assigned).extracting(Review::slot).containsExactly(1, 2);
        assertThat(emailsTo(first)).anyMatch(subject -> subject.contains("An application to review"));

        review(assigned.get(0), first, 4, 4, 4, 4, 4);
        review(assigned.get(1), second, 5, 4, 4, 4, 4);
        fx.runJobs(app.id());

        ReviewResult result = repository.result(app.id()).orElseThrow();
        assertThat(result.reviewCount()).isEqualTo(2);
        assertThat(result.meanScore()).isEqualByComparingTo("4.10");
        assertThat(result.scoreSpread()).isEqualByComparingTo("0.20");
        assertThat(result.recommendation()).isEqualTo(Recommendation.FUND);
        assertThat(status(app)).as("due diligence found nothing: on to the board's list").isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        assertThat(applications.timeline(app.id())).extracting(ApplicationEvent::kind)
                .endsWith("REVIEW_STARTED", "REVIEWED", "DUE_DILIGENCE_PASSED", "READY_FOR_BOARD");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id()).processDefinitionKey(ProcessNames.PROCESS_REVIEW)
                .count()).as("the review ended").isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id())
                .processDefinitionKey(ProcessNames.PROCESS_BOARD_DECISION).count()).as("the board's decision waits").isEqualTo(1);
    }

    @Test
    void totalsExactlyOneAndAHalfApartNeedNoThirdReview() {
        Map<ReviewCriterion, BigDecimal> weights = new EnumMap<>(ReviewCriterion.class);
        weights.put(ReviewCriterion.SDG_IMPACT, new BigDecimal("3"));
        weights.put(ReviewCriterion.FEASIBILITY, new BigDecimal("3"));
        weights.put(ReviewCriterion.LOCAL_CAPACITY_AND_OWNERSHIP, new BigDecimal("2"));
        weights.put(ReviewCriterion.GOVERNANCE_AND_SAFETY, BigDecimal.ONE);
        weights.put(ReviewCriterion.VALUE_FOR_MONEY, BigDecimal.ONE);
        Application app = fx.screened(applicant, "Kenya Health Lab", admin, fx.call(weights));
        List<Review> assigned = assignFirst(app, first, second);

        review(assigned.get(0), first, 5, 5, 5, 5, 5);
        review(assigned.get(1), second, 3, 4, 4, 3, 3);
        fx.runJobs(app.id());

        assertThat(repository.ofApplication(app.id())).extracting(Review::total).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5.00"), new BigDecimal("3.50"));
        ReviewResult result = repository.result(app.id()).orElseThrow();
        assertThat(result.scoreSpread()).isEqualByComparingTo("1.50");
        assertThat(result.meanScore()).isEqualByComparingTo("4.25");
        assertThat(result.recommendation()).isEqualTo(Recommendation.FUND);
        assertThat(tasks(app)).isEmpty();
    }

    @Test
    void totalsFurtherApartAskForOneThirdReview() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);
        review(assigned.get(0), first, 5, 5, 5, 5, 4);
        review(assigned.get(1), second, 3, 3, 3, 3, 3);
        fx.runJobs(app.id());

        AssignmentTask task = task(app, Kind.THIRD);
        assertThat(status(app)).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(assignment.candidates(task)).extracting(c -> c.person().id()).contains(third.id()).doesNotContain(first.id(), second.id());
        Review thirdReview = assignment.assign(task.taskId(), admin.id(), List.of(third.id()), fx.today().plusDays(21)).get(0);
        fx.runJobs(app.id());
        assertThat(thirdReview.slot()).isEqualTo(3);
        review(thirdReview, third, 2, 2, 2, 2, 2);
        fx.runJobs(app.id());

        ReviewResult result = repository.result(app.id()).orElseThrow();
        assertThat(result.reviewCount()).isEqualTo(3);
        assertThat(result.meanScore()).isEqualByComparingTo("3.27");
        assertThat(result.recommendation()).isEqualTo(Recommendation.FUND_WITH_CONDITIONS);
        assertThat(tasks(app)).isEmpty();
    }

    @Test
    void aConflictedReviewerIsReplacedInTheSameSlotAndNeverSeesTheApplicationAgain() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);

        reviews.declare(first.id(), assigned.get(0).id(), "CONFLICT", "I advised this lab last year.");
        fx.runJobs(app.id());

        assertThatThrownBy(() -> reviews.mine(first.id(), assigned.get(0).id())).isInstanceOf(FundException.class)
                .hasMessageContaining("not found");
        AssignmentTask task = task(app, Kind.ANOTHER);
        assertThat(task.slot()).isEqualTo(1);
        assertThat(assignment.previous(task).orElseThrow().conflictReason()).isEqualTo("I advised this lab last year.");
        assertThat(assignment.candidates(task)).extracting(c -> c.person().id()).doesNotContain(first.id(), second.id()).contains(third.id());

        Review replacement = assignment.assign(task.taskId(), admin.id(), List.of(third.id()), fx.today().plusDays(21)).get(0);
        fx.runJobs(app.id());
        assertThat(replacement.slot()).isEqualTo(1);
        assertThat(replacement.attempt()).isEqualTo(2);

        review(replacement, third, 3, 3, 3, 3, 3);
        review(assigned.get(1), second, 2, 2, 2, 2, 2);
        fx.runJobs(app.id());
        assertThat(repository.result(app.id()).orElseThrow().recommendation()).isEqualTo(Recommendation.DO_NOT_FUND);

        // the conflict is with the organisation: the same reviewer is not offered for its next application
        Application next = fx.screened(fx.person(Role.APPLICANT), "KENYA HEALTH LAB!", admin);
        assertThat(assignment.candidates(task(next, Kind.FIRST))).extracting(c -> c.person().id()).doesNotContain(first.id());
    }

    @Test
    void aReminderGoesThreeDaysBeforeTheDeadlineAndAnOverdueReviewIsReassigned() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);
        review(assigned.get(0), first, 4, 4, 4, 4, 4);

        ClockUtil.setCurrentTime(Date.from(assigned.get(1).remindAt().plus(Duration.ofMinutes(1))));
        fx.runJobs(app.id());
        assertThat(emailsTo(second)).anyMatch(subject -> subject.contains("Reminder"));
        assertThat(emailsTo(first)).noneMatch(subject -> subject.contains("Reminder"));

        ClockUtil.setCurrentTime(Date.from(assigned.get(1).dueAt().plus(Duration.ofMinutes(1))));
        fx.runJobs(app.id());
        assertThatThrownBy(() -> reviews.declare(second.id(), assigned.get(1).id(), "NO_CONFLICT", ""))
                .isInstanceOf(FundException.class).hasMessageContaining("deadline");
        AssignmentTask task = task(app, Kind.ANOTHER);
        assertThat(task.slot()).isEqualTo(2);

        Review replacement = assignment.assign(task.taskId(), admin.id(), List.of(third.id()), fx.today().plusDays(21)).get(0);
        fx.runJobs(app.id());
        assertThat(repository.find(assigned.get(1).id()).orElseThrow().status()).isEqualTo(ReviewStatus.OVERDUE);
        review(replacement, third, 4, 4, 4, 4, 3);
        fx.runJobs(app.id());
        assertThat(repository.result(app.id()).orElseThrow().meanScore()).isEqualByComparingTo("3.90");
    }

    @Test
    void theReviewWaitsForTheApplicantsAnswer() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);

        assignment.askForInformation(admin.id(), app.id(), "Which clinics take part?", fx.today().plusDays(7));
        fx.runJobs(app.id());
        assertThat(status(app)).isEqualTo(ApplicationStatus.MORE_INFORMATION);
        assertThat(emailsTo(applicant)).anyMatch(subject -> subject.contains("question from the reviewers"));
        assertThatThrownBy(() -> assignment.askForInformation(admin.id(), app.id(), "Another?", fx.today().plusDays(7)))
                .isInstanceOf(FundException.class);

        review(assigned.get(0), first, 4, 4, 4, 4, 4);
        review(assigned.get(1), second, 4, 4, 4, 4, 4);
        fx.runJobs(app.id());
        assertThat(repository.result(app.id())).isEmpty();

        applications.provideInformation(applicant.id(), app.id(), "Twelve clinics in Nakuru.");
        fx.runJobs(app.id());
        assertThat(status(app)).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        assertThat(repository.result(app.id())).isPresent();
    }

    @Test
    void anUnansweredQuestionLapsesAndTheReviewGoesOn() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);
        assignment.askForInformation(admin.id(), app.id(), "Which clinics take part?", fx.today().plusDays(7));
        fx.runJobs(app.id());
        review(assigned.get(0), first, 4, 4, 4, 4, 4);
        review(assigned.get(1), second, 4, 4, 4, 4, 4);

        ClockUtil.setCurrentTime(Date.from(fx.clock.instant().plus(Duration.ofDays(9))));
        fx.runJobs(app.id());

        assertThat(applications.timeline(app.id())).extracting(ApplicationEvent::kind).contains("INFORMATION_UNANSWERED", "REVIEWED");
        assertThat(status(app)).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
    }

    @Test
    void withdrawalDuringReviewEndsTheReviewAndItsTimers() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);
        review(assigned.get(0), first, 4, 4, 4, 4, 4);

        applications.withdraw(applicant.id(), app.id());
        fx.runJobs(app.id());

        assertThat(status(app)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(app.id()).count()).isZero();
        assertThat(tasks(app)).isEmpty();
        assertThatThrownBy(() -> reviews.declare(second.id(), assigned.get(1).id(), "NO_CONFLICT", ""))
                .isInstanceOf(FundException.class);
        assertThat(repository.result(app.id())).isEmpty();
    }

    @Test
    void assignmentRefusesTooFewReviewersABarredOneOrAShortDeadlineAndWritesNothing() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        Person colleague = fx.person(Role.REVIEWER);
        fx.applications.start(colleague.id(), app.callId());
        String draft = fx.applications.mine(colleague.id()).get(0).id();
        fx.applications.saveOrganisation(colleague.id(), draft, "Kenya Health Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        AssignmentTask task = task(app, Kind.FIRST);

        assertThat(assignment.candidates(task)).extracting(c -> c.person().id()).doesNotContain(colleague.id(), applicant.id());
        assertThatThrownBy(() -> assignment.assign(task.taskId(), admin.id(), List.of(first.id()), fx.today().plusDays(21)))
                .isInstanceOf(FundException.class).extracting(e -> ((FundException) e).fieldErrors()).asString().contains("reviewers");
        assertThatThrownBy(() -> assignment.assign(task.taskId(), admin.id(), List.of(first.id(), colleague.id()), fx.today().plusDays(21)))
                .isInstanceOf(FundException.class).hasMessageContaining("may not review");
        assertThatThrownBy(() -> assignment.assign(task.taskId(), admin.id(), List.of(first.id(), applicant.id()), fx.today().plusDays(21)))
                .isInstanceOf(FundException.class).hasMessageContaining("may not review");
        assertThatThrownBy(() -> assignment.assign(task.taskId(), admin.id(), List.of(first.id(), second.id()), fx.today().plusDays(2)))
                .isInstanceOf(FundException.class).extracting(e -> ((FundException) e).fieldErrors()).asString().contains("dueOn");

        assertThat(dsl.fetchCount(REVIEW, REVIEW.APPLICATION_ID.eq(app.id()))).isZero();
        assertThat(status(app)).isEqualTo(ApplicationStatus.SCREENED);
        assertThat(task(app, Kind.FIRST).taskId()).isEqualTo(task.taskId());
    }

    @Test
    void scoresAreRefusedFieldByFieldBeforeTheDeclarationAndAfterSubmission() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        Review review = assignFirst(app, first, second).get(0);

        assertThatThrownBy(() -> reviews.submit(first.id(), review.id(), scores(4, 4, 4, 4, 4), comments()))
                .isInstanceOf(FundException.class).hasMessageContaining("Declare");
        reviews.declare(first.id(), review.id(), "NO_CONFLICT", "");
        Map<ReviewCriterion, String> bad = scores(4, 4, 4, 4, 4);
        bad.put(ReviewCriterion.FEASIBILITY, "6");
        bad.put(ReviewCriterion.VALUE_FOR_MONEY, "4.5");
        Map<ReviewCriterion, String> noComment = comments();
        noComment.put(ReviewCriterion.SDG_IMPACT, " ");
        assertThatThrownBy(() -> reviews.submit(first.id(), review.id(), bad, noComment)).isInstanceOf(FundException.class)
                .extracting(e -> ((FundException) e).fieldErrors().keySet()).asString()
                .contains("score_FEASIBILITY", "score_VALUE_FOR_MONEY", "comment_SDG_IMPACT");
        assertThat(repository.find(review.id()).orElseThrow().status()).isEqualTo(ReviewStatus.DECLARED);

        reviews.submit(first.id(), review.id(), scores(4, 4, 4, 4, 4), comments());
        assertThatThrownBy(() -> reviews.submit(first.id(), review.id(), scores(5, 5, 5, 5, 5), comments()))
                .isInstanceOf(FundException.class);
        assertThat(repository.find(review.id()).orElseThrow().total()).isEqualByComparingTo("4.00");
        assertThatThrownBy(() -> reviews.mine(second.id(), review.id())).isInstanceOf(FundException.class);
    }

    @Test
    void nobodySeesOthersScoresBeforeSubmittingTheirOwn() {
        Application app = fx.screened(applicant, "Kenya Health Lab", admin);
        List<Review> assigned = assignFirst(app, first, second);
        review(assigned.get(0), first, 4, 4, 4, 4, 4);
        reviews.declare(second.id(), assigned.get(1).id(), "NO_CONFLICT", "");

        assertThat(reviews.peers(repository.find(assigned.get(1).id()).orElseThrow())).isEmpty();
        assertThat(reviews.peers(repository.find(assigned.get(0).id()).orElseThrow())).isEmpty();
        reviews.submit(second.id(), assigned.get(1).id(), scores(3, 3, 3, 3, 3), comments());
        assertThat(reviews.peers(repository.find(assigned.get(1).id()).orElseThrow())).singleElement()
                .satisfies(p -> assertThat(p.total()).isEqualByComparingTo("4.00"));
    }

    private List<Review> assignFirst(Application app, Person... reviewers) {
        AssignmentTask task = task(app, Kind.FIRST);
        List<Review> assigned = assignment.assign(task.taskId(), admin.id(), java.util.Arrays.stream(reviewers).map(Person::id).toList(),
                fx.today().plusDays(21));
        fx.runJobs(app.id());
        return assigned;
    }

    private void review(Review review, Person reviewer, int... scores) {
        reviews.declare(reviewer.id(), review.id(), "NO_CONFLICT", "");
        reviews.submit(reviewer.id(), review.id(), scores(scores), comments());
    }

    private AssignmentTask task(Application app, Kind kind) {
        return tasks(app).stream().filter(t -> t.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task for " + app.id() + " in " + tasks(app)));
    }

    private List<AssignmentTask> tasks(Application app) {
        return assignment.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).toList();
    }

    private ApplicationStatus status(Application app) {
        return applications.get(app.id()).status();
    }

    private List<String> emailsTo(Person person) {
        return dsl.select(OUTBOX_MESSAGE.SUBJECT).from(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.RECIPIENT.eq(person.email()))
                .fetch(OUTBOX_MESSAGE.SUBJECT);
    }
}
