package org.globalaifund.engine.review;

import static org.globalaifund.bpmn.ProcessNames.GROUP_ADMIN;
import static org.globalaifund.bpmn.ProcessNames.TASK_ASSIGN_ANOTHER_REVIEWER;
import static org.globalaifund.bpmn.ProcessNames.TASK_ASSIGN_REVIEWERS;
import static org.globalaifund.bpmn.ProcessNames.TASK_ASSIGN_THIRD_REVIEWER;
import static org.globalaifund.bpmn.ProcessNames.VAR_APPLICATION_ID;
import static org.globalaifund.bpmn.ProcessNames.VAR_REVIEWER_COUNT;
import static org.globalaifund.bpmn.ProcessNames.VAR_REVIEW_SLOT;
import static org.globalaifund.bpmn.ProcessNames.VAR_SLOT_OFFSET;
import static org.globalaifund.engine.db.Tables.APPLICATION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's side of the review: the open assignment tasks of the Review process (first reviewers, another reviewer
 * for a conflicted or overdue one, a third reviewer), the reviewers to suggest, the assignment itself, and questions
 * to the applicant while the review runs.
 */
@Service
@Transactional
public class ReviewAssignment {

    /** What an assignment task asks for. */
    public enum Kind {
        FIRST(TASK_ASSIGN_REVIEWERS), ANOTHER(TASK_ASSIGN_ANOTHER_REVIEWER), THIRD(TASK_ASSIGN_THIRD_REVIEWER);

        private final String taskKey;

        Kind(String taskKey) {
            this.taskKey = taskKey;
        }

        static Kind of(String taskKey) {
            for (Kind k : values()) {
                if (k.taskKey.equals(taskKey)) {
                    return k;
                }
            }
            throw FundException.notFound("Task");
        }
    }

    /** One open assignment task; {@code slot} only for another reviewer (the slot to fill again). */
    public record AssignmentTask(String taskId, Kind kind, String applicationId, Integer slot, Instant createdAt) {

        /** How many reviewers the task needs at least. */
        public int minimum() {
            return kind == Kind.FIRST ? MIN_REVIEWERS : 1;
        }

        /** How many reviewers the task takes at most. */
        public int maximum() {
            return kind == Kind.FIRST ? MAX_REVIEWERS : 1;
        }
    }

    public static final int MIN_REVIEWERS = 2;
    /** The first assignment fills slots 1 to 3 at most; a third review (slot 3) is asked only after two reviews. */
    public static final int MAX_REVIEWERS = 3;
    /** Reminders go out this long before the deadline. */
    public static final Duration REMINDER_BEFORE = Duration.ofDays(3);
    public static final int DEFAULT_DAYS = 21;
    private static final int THIRD_SLOT = 3;

    private final TaskService tasks;
    private final ReviewRepository reviews;
    private final ReviewerPool pool;
    private final ApplicationService applications;
    private final ReviewProcess process;
    private final DSLContext dsl;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    ReviewAssignment(TaskService tasks, ReviewRepository reviews, ReviewerPool pool, ApplicationService applications, ReviewProcess process,
            DSLContext dsl, MessageSourceAccessor texts, Clock clock) {
        this.tasks = tasks;
        this.reviews = reviews;
        this.pool = pool;
        this.applications = applications;
        this.process = process;
        this.dsl = dsl;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AssignmentTask> openTasks() {
        return tasks.createTaskQuery().taskDefinitionKeyIn(TASK_ASSIGN_REVIEWERS, TASK_ASSIGN_ANOTHER_REVIEWER, TASK_ASSIGN_THIRD_REVIEWER)
                .taskCandidateGroup(GROUP_ADMIN).orderByTaskCreateTime().asc().list().stream().map(this::toTask).toList();
    }

    @Transactional(readOnly = true)
    public AssignmentTask task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId)
                .taskDefinitionKeyIn(TASK_ASSIGN_REVIEWERS, TASK_ASSIGN_ANOTHER_REVIEWER, TASK_ASSIGN_THIRD_REVIEWER).singleResult();
        if (task == null) {
            throw FundException.notFound("Task");
        }
        return toTask(task);
    }

    /** The reviewers to offer for the task's application, lowest open load first. */
    @Transactional(readOnly = true)
    public List<ReviewerPool.Candidate> candidates(AssignmentTask task) {
        return pool.candidates(applications.get(task.applicationId()));
    }

    /** The slot's reviewers so far, for the page of "another reviewer" (why the slot is open again). */
    @Transactional(readOnly = true)
    public Optional<Review> previous(AssignmentTask task) {
        return task.slot() == null ? Optional.empty() : reviews.latestInSlot(task.applicationId(), task.slot());
    }

    /**
     * Gives the task's slots to {@code reviewerIds} with a deadline at the end of {@code dueOn} (UTC), then completes
     * the task. Refused, with nothing written, when the count is wrong, a reviewer may not review this application, or
     * the deadline leaves no room for the reminder three days before it.
     */
    public List<Review> assign(String taskId, String adminId, List<String> reviewerIds, LocalDate dueOn) {
        AssignmentTask task = task(taskId);
        Application app = applications.get(task.applicationId());
        List<String> chosen = List.copyOf(new LinkedHashSet<>(reviewerIds.stream().filter(id -> id != null && !id.isBlank()).toList()));
        if (chosen.size() < task.minimum() || chosen.size() > task.maximum()) {
            throw FundException.invalid("reviewers", task.kind() == Kind.FIRST
                    ? texts.getMessage("review.error.count", new Object[] {MIN_REVIEWERS, MAX_REVIEWERS})
                    : texts.getMessage("review.error.one"));
        }
        for (String reviewerId : chosen) {
            if (!pool.mayReview(reviewerId, app)) {
                throw FundException.invalid("reviewers", texts.getMessage("review.error.notAllowed"));
            }
        }
        Instant now = clock.instant();
        if (dueOn == null || dueOn.atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(now.plus(REMINDER_BEFORE))) {
            throw FundException.invalid("dueOn", texts.getMessage("review.error.dueOn"));
        }
        Instant dueAt = dueOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant remindAt = dueAt.minus(REMINDER_BEFORE);
        List<Review> assigned;
        Map<String, Object> variables;
        switch (task.kind()) {
            case FIRST -> {
                assigned = java.util.stream.IntStream.range(0, chosen.size())
                        .mapToObj(i -> reviews.insert(app.id(), i + 1, chosen.get(i), adminId, now, dueAt, remindAt)).toList();
                applications.transition(app.id(), ApplicationStatus.IN_REVIEW, "REVIEW_STARTED", adminId, ApplicationStatus.SCREENED);
                variables = Map.of(VAR_REVIEWER_COUNT, chosen.size(), VAR_SLOT_OFFSET, 0);
            }
            case THIRD -> {
                assigned = List.of(reviews.insert(app.id(), THIRD_SLOT, chosen.get(0), adminId, now, dueAt, remindAt));
                variables = Map.of(VAR_REVIEWER_COUNT, 1, VAR_SLOT_OFFSET, THIRD_SLOT - 1);
            }
            default -> {
                reviews.latestInSlot(app.id(), task.slot()).filter(Review::isOpen).ifPresent(r -> reviews.closeOverdue(r.id(), now));
                assigned = List.of(reviews.insert(app.id(), task.slot(), chosen.get(0), adminId, now, dueAt, remindAt));
                variables = Map.of();
            }
        }
        tasks.complete(taskId, variables);
        return assigned;
    }

    /**
     * Asks the applicant a question while the application is in review; the review waits for the answer, or for the
     * end of {@code dueOn} (UTC), before it aggregates the scores. One question at a time.
     */
    public void askForInformation(String adminId, String applicationId, String question, LocalDate dueOn) {
        Application app = applications.get(applicationId);
        if (question == null || question.isBlank() || question.strip().length() > ReviewService.MAX_TEXT) {
            throw FundException.invalid("question", texts.getMessage("screening.error.question"));
        }
        if (dueOn == null || !dueOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            throw FundException.invalid("dueOn", texts.getMessage("screening.error.dueOn"));
        }
        if (app.status() != ApplicationStatus.IN_REVIEW) {
            throw FundException.conflict(texts.getMessage("review.error.notInReview"));
        }
        dsl.update(APPLICATION).set(APPLICATION.INFORMATION_ROUND, APPLICATION.INFORMATION_ROUND.plus(1))
                .set(APPLICATION.INFORMATION_QUESTION, question.strip()).set(APPLICATION.INFORMATION_STAGE, "REVIEW")
                .set(APPLICATION.INFORMATION_DUE_AT, dueOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .setNull(APPLICATION.INFORMATION_ANSWER).where(APPLICATION.ID.eq(applicationId)).execute();
        if (!applications.transition(applicationId, ApplicationStatus.MORE_INFORMATION, "INFORMATION_REQUESTED", adminId,
                ApplicationStatus.IN_REVIEW)) {
            throw FundException.conflict(texts.getMessage("review.error.notInReview"));
        }
        process.informationRequested(applicationId);
    }

    private AssignmentTask toTask(Task task) {
        String applicationId = (String) tasks.getVariable(task.getId(), VAR_APPLICATION_ID);
        Kind kind = Kind.of(task.getTaskDefinitionKey());
        Integer slot = kind == Kind.ANOTHER ? ((Number) tasks.getVariable(task.getId(), VAR_REVIEW_SLOT)).intValue() : null;
        return new AssignmentTask(task.getId(), kind, applicationId, slot, task.getCreateTime().toInstant());
    }
}
