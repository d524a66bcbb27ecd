package org.globalaifund.engine.diligence;

import static org.globalaifund.bpmn.ProcessNames.GROUP_ADMIN;
import static org.globalaifund.bpmn.ProcessNames.TASK_REVIEW_SANCTIONS_MATCH;
import static org.globalaifund.bpmn.ProcessNames.VAR_APPLICATION_ID;
import static org.globalaifund.bpmn.ProcessNames.VAR_SANCTIONS_DECISION;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.diligence.DueDiligenceScreening.Decision;
import org.globalaifund.engine.problem.FundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's "Clear or reject the possible match" tasks: the screening that stopped the application, and the decision
 * with its reason, stored once in our tables before the task completes with {@code sanctionsDecision}, in one
 * transaction (a refused decision completes nothing).
 */
@Service
@Transactional
public class DiligenceDecisions {

    /** One open task with the screening waiting for a decision. */
    public record MatchTask(String taskId, String applicationId, Instant createdAt, DueDiligenceScreening screening) {}

    private final TaskService tasks;
    private final DueDiligence diligence;
    private final ApplicationService applications;

    DiligenceDecisions(TaskService tasks, DueDiligence diligence, ApplicationService applications) {
        this.tasks = tasks;
        this.diligence = diligence;
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public List<MatchTask> openTasks() {
        return tasks.createTaskQuery().taskDefinitionKey(TASK_REVIEW_SANCTIONS_MATCH).taskCandidateGroup(GROUP_ADMIN)
                .orderByTaskCreateTime().asc().list().stream().map(this::toMatchTask).toList();
    }

    /** The open task, or 404 (also for the id of another kind of task). */
    @Transactional(readOnly = true)
    public MatchTask task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(TASK_REVIEW_SANCTIONS_MATCH).singleResult();
        if (task == null) {
            throw FundException.notFound("Task");
        }
        return toMatchTask(task);
    }

    /**
     * Records ADMIN's decision on the application's undecided screening (refused without a reason or a decision; the
     * first decision stands), then completes the task: CLEARED goes on to the board's list, REJECTED ends the
     * application as not funded.
     */
    public DueDiligenceScreening decide(String taskId, String adminId, Decision decision, String reason) {
        MatchTask task = task(taskId);
        if (task.screening() == null) {
            throw FundException.notFound("Screening");
        }
        DueDiligenceScreening decided = diligence.decide(task.screening().id(), adminId, decision, reason);
        if (decision == Decision.CLEARED) {
            applications.event(task.applicationId(), "DUE_DILIGENCE_PASSED", adminId);
        }
        tasks.complete(taskId, Map.of(VAR_SANCTIONS_DECISION, decision.name()));
        return decided;
    }

    private MatchTask toMatchTask(Task task) {
        String applicationId = (String) tasks.getVariable(task.getId(), VAR_APPLICATION_ID);
        DueDiligenceScreening awaiting = diligence.forApplication(applicationId).stream()
                .filter(DueDiligenceScreening::awaitsDecision).findFirst().orElse(null);
        return new MatchTask(task.getId(), applicationId, task.getCreateTime().toInstant(), awaiting);
    }
}
