package org.globalaifund.engine.board;

import static org.globalaifund.bpmn.ProcessNames.GROUP_ADMIN;
import static org.globalaifund.bpmn.ProcessNames.TASK_REVISE_FOR_BOARD;
import static org.globalaifund.bpmn.ProcessNames.VAR_APPLICATION_ID;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.board.BoardRules.TrancheRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's "Revise for the board" tasks (form key {@code portal:board-revision}) after the board sent an application
 * back: what was revised (a note and a revised draft schedule) is stored, the timeline says REVISED_FOR_BOARD, and
 * the task completes without variables; the process then puts the application on the board's list again.
 */
@Service
@Transactional
public class BoardRevision {

    /** One open revision task, with the reason the board gave. */
    public record RevisionTask(String taskId, String applicationId, Instant createdAt) {}

    private final TaskService tasks;
    private final BoardRepository board;
    private final BoardRules rules;
    private final ApplicationService applications;
    private final CallService calls;
    private final AuditTrail audit;
    private final Clock clock;

    BoardRevision(TaskService tasks, BoardRepository board, BoardRules rules, ApplicationService applications, CallService calls,
            AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.board = board;
        this.rules = rules;
        this.applications = applications;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RevisionTask> openTasks() {
        return tasks.createTaskQuery().taskDefinitionKey(TASK_REVISE_FOR_BOARD).taskCandidateGroup(GROUP_ADMIN).orderByTaskCreateTime().asc()
                .list().stream().map(this::toRevisionTask).toList();
    }

    @Transactional(readOnly = true)
    public RevisionTask task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(TASK_REVISE_FOR_BOARD).singleResult();
        if (task == null) {
            throw FundException.notFound("Task");
        }
        return toRevisionTask(task);
    }

    /** The motion that sent the application back (its reason), if any. */
    @Transactional(readOnly = true)
    public Optional<Motion> sentBackBy(String applicationId) {
        return board.itemsOf(applicationId).stream().filter(i -> "SENT_BACK".equals(i.outcome()))
                .flatMap(i -> board.motions(i.id()).stream()).filter(m -> m.status() == MotionStatus.CARRIED)
                .reduce((a, b) -> b);
    }

    /** The schedule the revision form starts from: the last item's draft for the application. */
    @Transactional(readOnly = true)
    public List<TrancheRow> currentRows(String applicationId) {
        return board.itemsOf(applicationId).stream().reduce((a, b) -> b).map(i -> i.schedule().stream()
                .map(t -> new TrancheRow(t.amount().amount(), t.condition(), String.valueOf(t.plannedMonth()))).toList())
                .orElse(List.of());
    }

    /** Stores the revision and completes the task; the application stays SENT_BACK until the process marks it ready. */
    public void revise(String taskId, String adminId, String note, List<TrancheRow> rows) {
        RevisionTask task = task(taskId);
        Application app = applications.get(task.applicationId());
        String text = rules.text("note", note, BoardRules.MAX_TEXT, "board.error.note");
        Currency currency = calls.get(app.callId()).budget().currency();
        List<DraftTranche> schedule = rules.schedule(rows, currency);
        Money total = BoardRules.total(schedule, currency);
        board.insertRevision(app.id(), text, total, schedule, adminId, clock.instant());
        if (!applications.transition(app.id(), ApplicationStatus.SENT_BACK, "REVISED_FOR_BOARD", adminId, ApplicationStatus.SENT_BACK)) {
            throw FundException.conflict(rules.text("board.error.notSentBack"));
        }
        audit.record(adminId, "BOARD_REVISION", "APPLICATION", app.id(), "revised draft total " + total.amount() + " "
                + currency.getCurrencyCode());
        tasks.complete(taskId);
    }

    private RevisionTask toRevisionTask(Task task) {
        return new RevisionTask(task.getId(), (String) tasks.getVariable(task.getId(), VAR_APPLICATION_ID), task.getCreateTime().toInstant());
    }
}
