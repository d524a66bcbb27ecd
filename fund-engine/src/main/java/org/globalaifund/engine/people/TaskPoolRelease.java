package org.globalaifund.engine.people;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.globalaifund.engine.people.PeopleService.PersonDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Returns a deactivated person's open tasks to their candidate pool, in the deactivating transaction:
 * either the person is deactivated and the tasks are free, or neither.
 */
@Component
class TaskPoolRelease {

    private final TaskService tasks;

    TaskPoolRelease(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void on(PersonDeactivated event) {
        for (Task task : tasks.createTaskQuery().taskAssignee(event.personId()).list()) {
            tasks.setAssignee(task.getId(), null);
        }
    }
}
