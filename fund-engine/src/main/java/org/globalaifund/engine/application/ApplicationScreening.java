package org.globalaifund.engine.application;

import static org.globalaifund.bpmn.ProcessNames.GROUP_ADMIN;
import static org.globalaifund.bpmn.ProcessNames.SCREENING_OUTCOME_MORE_INFORMATION;
import static org.globalaifund.bpmn.ProcessNames.SCREENING_OUTCOME_SCREENED;
import static org.globalaifund.bpmn.ProcessNames.TASK_SCREEN_APPLICATION;
import static org.globalaifund.bpmn.ProcessNames.VAR_APPLICATION_ID;
import static org.globalaifund.bpmn.ProcessNames.VAR_SCREENING_OUTCOME;
import static org.globalaifund.engine.db.Tables.APPLICATION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's screening of eligible applications: the open "Screen application" tasks and their outcome. A question
 * for the applicant is stored with its deadline before the task completes, so the process step that sends it only
 * reads what the screener decided.
 */
@Service
@Transactional
public class ApplicationScreening {

    /** One open screening task, for the list of ADMIN's work. */
    public record ScreeningTask(String taskId, String applicationId, Instant createdAt) {}

    private final TaskService tasks;
    private final ApplicationService applications;
    private final ApplicationRules rules;
    private final DSLContext dsl;
    private final Clock clock;

    ApplicationScreening(TaskService tasks, ApplicationService applications, ApplicationRules rules, DSLContext dsl, Clock clock) {
        this.tasks = tasks;
        this.applications = applications;
        this.rules = rules;
        this.dsl = dsl;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ScreeningTask> openTasks() {
        return tasks.createTaskQuery().taskDefinitionKey(TASK_SCREEN_APPLICATION).taskCandidateGroup(GROUP_ADMIN)
                .orderByTaskCreateTime().asc().list().stream().map(this::toScreeningTask).toList();
    }

    @Transactional(readOnly = true)
    public ScreeningTask task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(TASK_SCREEN_APPLICATION).singleResult();
        if (task == null) {
            throw FundException.notFound("Task");
        }
        return toScreeningTask(task);
    }

    /** The application passes screening and goes on to review. */
    public void screened(String taskId, String screenerId) {
        ScreeningTask task = task(taskId);
        applications.transition(task.applicationId(), ApplicationStatus.SCREENED, "SCREENED", screenerId,
                ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING);
        tasks.complete(taskId, Map.of(VAR_SCREENING_OUTCOME, SCREENING_OUTCOME_SCREENED));
    }

    /** The applicant must answer {@code question} by the end of {@code dueOn} (UTC), a day after today. */
    public void askForInformation(String taskId, String question, LocalDate dueOn) {
        ScreeningTask task = task(taskId);
        if (question == null || question.isBlank() || question.strip().length() > 4000) {
            throw FundException.invalid("question", rules.text("screening.error.question"));
        }
        if (dueOn == null || !dueOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            throw FundException.invalid("dueOn", rules.text("screening.error.dueOn"));
        }
        dsl.update(APPLICATION).set(APPLICATION.INFORMATION_ROUND, APPLICATION.INFORMATION_ROUND.plus(1))
                .set(APPLICATION.INFORMATION_QUESTION, question.strip()).set(APPLICATION.INFORMATION_STAGE, "SCREENING")
                .set(APPLICATION.INFORMATION_DUE_AT, dueOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .setNull(APPLICATION.INFORMATION_ANSWER).where(APPLICATION.ID.eq(task.applicationId())).execute();
        tasks.complete(taskId, Map.of(VAR_SCREENING_OUTCOME, SCREENING_OUTCOME_MORE_INFORMATION));
    }

    /** The latest question asked about the application, if any. */
    @Transactional(readOnly = true)
    public Optional<InformationRequest> requestOf(String applicationId) {
        return dsl.select(APPLICATION.INFORMATION_ROUND, APPLICATION.INFORMATION_QUESTION, APPLICATION.INFORMATION_DUE_AT,
                        APPLICATION.INFORMATION_ANSWER, APPLICATION.INFORMATION_STAGE).from(APPLICATION)
                .where(APPLICATION.ID.eq(applicationId), APPLICATION.INFORMATION_ROUND.gt(0))
                .fetchOptional(r -> new InformationRequest(r.value1(), r.value2(), r.value3(), r.value4(), "REVIEW".equals(r.value5())));
    }

    /** A text in the reader's language, for the screening page's messages. */
    String text(String key) {
        return rules.text(key);
    }

    /** Why the Eligibility decision refused the application (a reason code), if it did. */
    @Transactional(readOnly = true)
    public Optional<String> ineligibleReason(String applicationId) {
        return dsl.select(APPLICATION.INELIGIBLE_REASON).from(APPLICATION).where(APPLICATION.ID.eq(applicationId))
                .fetchOptional(APPLICATION.INELIGIBLE_REASON).filter(r -> r != null);
    }

    private ScreeningTask toScreeningTask(Task task) {
        String applicationId = (String) tasks.getVariable(task.getId(), VAR_APPLICATION_ID);
        return new ScreeningTask(task.getId(), applicationId, task.getCreateTime().toInstant());
    }
}
